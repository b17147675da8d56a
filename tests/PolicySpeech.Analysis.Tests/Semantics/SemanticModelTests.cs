using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Tests.Semantics;

public sealed class SemanticModelTests
{
    private static SemanticModel Model(string text, DocumentMetadata? metadata = null, int? year = null) =>
        SemanticModel.Create(SpeechSyntaxTree.Parse(PolicySpeech.Text.SourceText.From(text)), metadata, year);

    [Fact]
    public void GivenYearWinsOverMetadataAndText()
    {
        var model = Model("政府工作报告\n——2023年3月5日在会议上\n各位代表：\n今年要确保完成任务。\n", new DocumentMetadata(null, new DateOnly(2020, 1, 1), null), 2030);
        Assert.Equal(2030, model.ReferenceYear);
        Assert.Equal(ReferenceYearSource.Given, model.ReferenceYearSource);
    }

    [Fact]
    public void MetadataDateWinsOverText()
    {
        var model = Model("政府工作报告\n——2023年3月5日在会议上\n各位代表：\n今年要确保完成任务。\n", new DocumentMetadata(null, new DateOnly(2020, 6, 1), null));
        Assert.Equal(2020, model.ReferenceYear);
        Assert.Equal(ReferenceYearSource.Metadata, model.ReferenceYearSource);
    }

    [Theory]
    [InlineData("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n今年要做好工作。\n", 2023)]
    [InlineData("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n各位代表：\n今年要做好工作。\n", 2026)]
    [InlineData("在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）同志们：今年要做好工作。", 2018)]
    [InlineData("在会议上的讲话\n同志们：\n今年是“十五五”开局之年，要做好工作。\n", 2026)]
    [InlineData("在会议上的讲话\n同志们：\n明年是“十四五”规划收官之年，要做好工作。\n", 2024)]
    [InlineData("各位代表：\n一、2015年工作回顾\n过去一年，经济平稳。\n二、今年工作\n要做好工作。\n", 2016)]
    [InlineData("同志们：要做好工作。\n《 人民日报 》（ 2020年02月24日 02 版）\n", 2020)]
    [InlineData("同志们：\n党的二十届三中全会作出部署。到2025年，覆盖率达到90%。\n", 2024)]
    [InlineData("各位代表：\n现在，我代表国务院，向第十届全国人民代表大会第一次会议报告过去五年的工作。\n", 2003)] // the session addressed
    [InlineData("各位代表：\n现在，我代表国务院，向大会报告工作。\n一、过去五年工作回顾\n第十二届全国人民代表大会第一次会议以来的五年，是不平凡的五年。\n", 2018)]
    [InlineData("第十三届全国人民代表大会第一次会议听取和审议了国务院总理所作的政府工作报告。\n", 2018)] // a resolution
    [InlineData("各位代表！\n我代表国务院，向大会作政府工作报告。\n第六届全国人民代表大会期间，国务院认真执行决议。\n", 1988)] // the term that ended
    [InlineData("同志们：\n现在，我代表第十六届中央委员会向大会作报告。\n", 2007)] // the committee elected five years before
    [InlineData("同志们！\n中国共产党第十次全国代表大会，是在大好形势下召开的。毛主席在一九六九年四月一日九大开幕的时候发出号召。\n", 1973)]
    [InlineData("各位代表：\n现在，我代表国务院向大会作政府工作报告。\n一、１９９４年国内工作的回顾\n过去的一年，经济发展。\n", 1995)] // full-width digits
    [InlineData("各位代表：\n现在，我代表国务院向大会作政府工作报告。\n首先报告２００１年的工作\n新世纪第一年，经济发展。\n", 2002)]
    [InlineData("会议充分肯定国务院过去一年的工作，同意报告提出的2015年工作总体部署。\n", 2015)]
    public void ReferenceYearIsInferredFromTheText(string text, int expected)
    {
        var model = Model(text);
        Assert.Equal(expected, model.ReferenceYear);
        Assert.Equal(ReferenceYearSource.Inferred, model.ReferenceYearSource);
    }

    [Theory]
    [InlineData("同志们：\n到2027年，覆盖率达到90%。\n")] // a target year alone is not enough
    [InlineData("同志们：\n党的二十大作出部署。到2035年，基本实现现代化。\n")] // bounds too far apart
    [InlineData("同志们：\n要做好工作。\n")]
    [InlineData("同志们：\n根据一九八三年六月第六届全国人民代表大会第一次会议的决议，我们努力工作。\n")] // a session recalled, not addressed
    [InlineData("同志们：\n党的第十九次全国代表大会以来，我们做好工作。\n")]
    public void WithoutEvidenceTheReferenceYearIsNone(string text)
    {
        var model = Model(text);
        Assert.Null(model.ReferenceYear);
        Assert.Equal(ReferenceYearSource.None, model.ReferenceYearSource);
    }

    [Fact]
    public void JurisdictionIsNamedAsTheSpeechNamesIt()
    {
        Assert.Equal("我省", Model("同志们：\n我省要做好工作，我省要加强领导，全省上下要团结。\n").Jurisdiction);
        Assert.Equal("全市", Model("同志们：\n全市要做好工作，全市上下要团结，全市各级要落实。\n").Jurisdiction);
    }

    [Fact]
    public void DocumentCachesTheDefaultModelAndHonoursOptions()
    {
        var document = SpeechDocument.FromText("同志们：\n今年要新增就业1万人以上。\n");
        var first = document.GetSemanticModel();
        Assert.Same(first, document.GetSemanticModel());
        Assert.Same(first, document.GetSemanticModel(referenceYear: null));
        var given = document.GetSemanticModel(2024);
        Assert.NotSame(first, given);
        Assert.Equal(2024, Assert.Single(given.Commitments).Deadline!.Year);
        Assert.Null(Assert.Single(first.Commitments).Deadline!.Year);
    }

    [Fact]
    public void SeedInfers2024AndItsJurisdiction()
    {
        if (!File.Exists(RepoPaths.Seed))
        {
            return;
        }

        var model = SpeechDocument.Load(RepoPaths.Seed).GetSemanticModel();
        Assert.Equal(2024, model.ReferenceYear);
        Assert.Equal(ReferenceYearSource.Inferred, model.ReferenceYearSource);
        Assert.Equal("我省", model.Jurisdiction);
    }
}
