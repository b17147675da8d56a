using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Segmentation;

/// <summary>
/// The segmenter cuts as jieba.NET 0.42.2 <c>Cut(text, cutAll: false, hmm: true)</c> does with the domain words added.
/// The expected cuts were produced by jieba.NET itself; a run over every clause and 21,000 random substrings of both
/// shared corpora (118,618 phrases) found no difference before jieba.NET was removed from the library.
/// </summary>
public sealed class WordSegmenterTests
{
    [Theory]
    [InlineData("推进地方中小金融机构风险处置", "推进|地方|中小|金融机构|风险|处置")]
    [InlineData("培育壮大文化旅游产业", "培育|壮大|文化|旅游|产业")]
    [InlineData("城镇调查失业率5.5%左右", "城镇调查失业率|5.5%|左右")] // a domain word, a Latin run with its decimal and %
    [InlineData("地区生产总值增长5%左右", "地区生产总值|增长|5%|左右")]
    [InlineData("建设西部创意产业集聚区", "建设|西部|创意|产业|集聚|区")]
    [InlineData("浦东要抓住机遇", "浦东|要|抓住机遇")]
    [InlineData("我们既要正视困难问题", "我们|既|要|正视|困难|问题")]
    [InlineData("AT&T和B超", "AT&T|和|B超")] // B超 is listed twice in jieba's dictionary
    [InlineData("c# 3.5%增长", "c#| |3.5%|增长")]
    [InlineData("x·y-z 一×400", "x|·|y|-|z| |一|×|400")]
    [InlineData("公募REITs试点", "公募|REITs|试点")]
    [InlineData("武隆荆竹村入选世界最佳旅游乡村", "武隆|荆竹村|入选|世界|最佳|旅游|乡村")] // 荆竹村 from the HMM
    [InlineData("盘活闲置农房2万宗", "盘活|闲置|农房|2|万宗")]
    [InlineData("到2025年", "到|2025|年")]
    [InlineData("今年底前住进新房", "今年底|前住|进|新房")]
    [InlineData("资产阶级阶级斗争", "资产阶级|阶级斗争")]
    [InlineData("干出千帆竞发", "干|出|千帆竞发")]
    [InlineData("答好群众持续增收之问", "答|好|群众|持续|增收|之问")]
    [InlineData("一\r\n二 三", "一|\r\n|二| |三")]
    [InlineData("十五五时期", "十五|五|时期")]
    [InlineData("5G基站", "5G|基站")]
    [InlineData("强链补链延链", "强链|补链|延链")]
    [InlineData("１２３ａｂｃ", "１|２|３|ａ|ｂ|ｃ")]
    public void CutsAsJieba(string phrase, string expected) => Assert.Equal(expected, string.Join("|", WordSegmenter.Cut(phrase)));

    [Fact]
    public void SupplementaryCharactersOutsideTheHanRangeAreCutIntoCodeUnits() =>
        Assert.Equal(["\uD840", "\uDC00", "是", "生僻字"], WordSegmenter.Cut("\U00020000是生僻字"));

    [Fact]
    public void EmptyPhraseHasNoWords() => Assert.Empty(WordSegmenter.Cut(""));

    [Property(MaxTest = 300)]
    public Property WordsConcatenateToThePhrase() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("推进地方金融机构风险处置增长5%左右 \r\nAB.#·-年一𠀀".ToCharArray())).Select(c => new string([.. c])).ToArbitrary(),
            text => WordSegmenter.Cut(text).All(w => w.Length > 0) && string.Concat(WordSegmenter.Cut(text)) == text);
}
