using System.Text;

namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

public sealed class HtmlLoadingTests
{
    private const string Page =
        "<!DOCTYPE html>\r\n" +
        "<html><head><meta charset=\"utf-8\">\r\n" +
        "<title> 在全省妇女儿童工作推进会上的讲话 - 省政府网 </title>\r\n" +
        "<meta name=\"PubDate\" content=\"2024-05-20 10:30\">\r\n" +
        "<meta name=\"author\" content=\"省政府办公厅\">\r\n" +
        "<style>p { color: red }</style>\r\n" +
        "<script>var x = \"<p>不要这段</p>\";</script>\r\n" +
        "</head>\r\n" +
        "<body>\r\n" +
        "<nav><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a></nav>\r\n" +
        "<article>\r\n" +
        "<h1>在全省妇女儿童工作推进会上的讲话</h1>\r\n" +
        "<p>同志们：</p>\r\n" +
        "<p>　　今天，我们召开<b>推进会</b>。</p>\r\n" +
        "<p>第一行<br>第二行<br><br>  第三行  </p>\r\n" +
        "<div>要深入实施\r\n“巾帼就业促进行动”。</div>\r\n" +
        "<ul><li>一是 A</li>\r\n<li>二是   B</li></ul>\r\n" +
        "<table><tr><td>指标</td><td>目标</td></tr><tr><td>就业</td><td>**万人</td></tr></table>\r\n" +
        "<p>A &amp; B &#20013;</p>\r\n" +
        "<noscript>请启用脚本</noscript><template><p>模板</p></template><p hidden>隐藏</p><div style=\"display: none\">不显示</div>\r\n" +
        "</article>\r\n" +
        "<footer>版权所有</footer>\r\n" +
        "<script>document.write('x');</script>\r\n" +
        "</body></html>\r\n";

    private const string Expected =
        "在全省妇女儿童工作推进会上的讲话\n" +
        "同志们：\n" +
        "　　今天，我们召开推进会。\n" +
        "第一行\n" +
        "第二行\n" +
        "第三行\n" +
        "要深入实施“巾帼就业促进行动”。\n" +
        "一是 A\n" +
        "二是 B\n" +
        "指标\t目标\n" +
        "就业\t**万人\n" +
        "A & B 中";

    private static SpeechDocument Load(string html, string name = "page.html") =>
        SpeechDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(html)), name);

    [Fact]
    public void BodyTextInReadingOrderOneBlockALine()
    {
        var document = Load(Page);
        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal(Expected, document.Text.ToString());
    }

    [Fact]
    public void TitleDateAndAuthorBecomeMetadata()
    {
        var document = Load(Page);
        Assert.Equal(new DocumentMetadata("在全省妇女儿童工作推进会上的讲话 - 省政府网", new DateOnly(2024, 5, 20), "省政府办公厅"), document.Metadata);
    }

    [Theory]
    [InlineData("<meta name=\"publishdate\" content=\"2023年7月1日\">", 2023, 7, 1)]
    [InlineData("<meta property=\"article:published_time\" content=\"2022-12-31T08:00:00+08:00\">", 2022, 12, 31)]
    [InlineData("<meta name=\"DC.Date\" content=\"2021/3/9\">", 2021, 3, 9)]
    [InlineData("<meta name=\"firstpublishedtime\" content=\"2020-01-02-10:00:00\">", 2020, 1, 2)]
    [InlineData("<meta name=\"date\" content=\"20190405\">", 2019, 4, 5)]
    public void DatesFromCommonMetaNames(string meta, int year, int month, int day)
    {
        var document = Load($"<html><head>{meta}<title>t</title></head><body><p>x</p></body></html>");
        Assert.Equal(new DateOnly(year, month, day), document.Metadata.Date);
    }

    [Fact]
    public void NoMetadataWhenThePageHasNone()
    {
        var document = Load("<html><body><p>正文</p><meta name=\"date\" content=\"not a date\"></body></html>");
        Assert.Equal(DocumentMetadata.Empty, document.Metadata);
        Assert.Equal("正文", document.Text.ToString());
    }

    [Fact]
    public void NavigationIsKeptWhenThePageHasNoContentContainer()
    {
        var document = Load("<html><body><header><h1>讲话标题</h1></header><nav>菜单</nav><p>正文</p><footer>页脚</footer></body></html>");
        Assert.Equal("讲话标题\n菜单\n正文\n页脚", document.Text.ToString());
    }

    [Fact]
    public void ChromeAroundAContentDivIsDropped()
    {
        var document = Load("<html><body><div id=top role=\"navigation\">导航</div><div class=\"TRS_Editor content\"><header><h1>标题</h1></header><p>正文</p></div><aside>相关链接</aside></body></html>");
        Assert.Equal("标题\n正文", document.Text.ToString());
    }

    [Fact]
    public void GovernmentPageKeepsOnlyTheArticle()
    {
        const string page =
            "<html><head><title>讲话_某市人民政府</title><meta name=\"SiteName\" content=\"某市人民政府\"></head><body>" +
            "<div class=\"topbar\"><span>欢迎访问本网站</span> <a href=\"/search\">站内搜索</a></div>" +
            "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul></div>" +
            "<div class=\"crumb\">当前位置：首页 &gt; 领导讲话</div>" +
            "<div class=\"article\"><h1>在全市工作会议上的讲话</h1><p>同志们：</p><p>这次会议的主要任务是，总结今年工作，部署明年工作。</p><p>谢谢大家！</p></div>" +
            "<div class=\"share\">分享到：微信 微博</div><div class=\"footer\"><p>版权所有：某市人民政府</p></div></body></html>";
        var document = Load(page);
        Assert.Equal("在全市工作会议上的讲话\n同志们：\n这次会议的主要任务是，总结今年工作，部署明年工作。\n谢谢大家！", document.Text.ToString());
        Assert.Equal("讲话", document.Metadata.Title);
    }

    [Fact]
    public void TitleAboveTheContentContainerIsKept()
    {
        const string page =
            "<html><head><meta name=\"ArticleTitle\" content=\"政府工作报告\"><title>政府工作报告 - 省政府</title></head><body><div class=\"menu\">首页</div>" +
            "<h1>政府工作报告</h1><div class=\"info\">发布时间：2024-01-20</div>" +
            "<div id=\"zoom\"><p>各位代表：</p><p>现在，我代表省人民政府向大会报告工作，请予审议。</p></div></body></html>";
        var document = Load(page);
        Assert.Equal("政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。", document.Text.ToString());
        Assert.Equal("政府工作报告", document.Metadata.Title);
    }

    [Fact]
    public void SmallContentWidgetDoesNotHideTheSpeech()
    {
        const string page =
            "<html><body><div class=\"sidebar-content\">热点</div>" +
            "<p>同志们：</p><p>今天我们召开全市工作会议，主要任务是总结工作、部署任务。</p></body></html>";
        Assert.Equal("热点\n同志们：\n今天我们召开全市工作会议，主要任务是总结工作、部署任务。", Load(page).Text.ToString());
    }

    [Fact]
    public void PreKeepsItsLines()
    {
        var document = Load("<html><body><pre>一、总体要求\n  （一）指导思想\n\n二、主要任务</pre></body></html>");
        Assert.Equal("一、总体要求\n（一）指导思想\n二、主要任务", document.Text.ToString());
    }

    [Fact]
    public void GbkPageWithMetaCharset()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>政府工作报告</title></head><body><p>各位代表：</p><p>现在，我代表省人民政府作报告。</p></body></html>";
        var document = SpeechDocument.Load(new MemoryStream(gbk.GetBytes(html)), "report.htm");
        Assert.Equal("各位代表：\n现在，我代表省人民政府作报告。", document.Text.ToString());
        Assert.Equal("政府工作报告", document.Metadata.Title);
        Assert.Equal(54936, document.Text.Encoding!.CodePage);
    }

    [Fact]
    public void GbkPageWithoutDeclarationIsDetected()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var document = SpeechDocument.Load(new MemoryStream(gbk.GetBytes("<html><body><p>各位代表：</p></body></html>")), "report.html");
        Assert.Equal("各位代表：", document.Text.ToString());
    }

    [Fact]
    public void Utf8PageThatClaimsGb2312IsStillRead()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>各位代表：现在，我代表省人民政府作报告。</p></body></html>");
        Assert.Equal("各位代表：现在，我代表省人民政府作报告。", SpeechDocument.Load(new MemoryStream(bytes), "x.html").Text.ToString());
    }

    [Fact]
    public void Utf16PageWithBom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE html><html><body><p>同志们：</p></body></html>")).ToArray();
        var document = SpeechDocument.Load(new MemoryStream(bytes), "page");
        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal("同志们：", document.Text.ToString());
    }

    [Theory]
    [InlineData("推进会")]
    [InlineData("同志们")]
    [InlineData("第三行")]
    [InlineData("“巾帼")]
    [InlineData("**万人")]
    [InlineData("B 中")]
    [InlineData("二是 B")]
    public void SourceMapPointsIntoThePageSource(string needle)
    {
        var document = Load(Page);
        string text = document.Text.ToString();
        int offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, needle);
        int sourceOffset = Page.IndexOf(needle, Page.IndexOf("<article>", StringComparison.Ordinal), StringComparison.Ordinal);
        if (needle == "二是 B")
        {
            sourceOffset = Page.IndexOf("二是", StringComparison.Ordinal);
        }

        if (needle == "B 中")
        {
            sourceOffset = Page.IndexOf("B &#20013;", StringComparison.Ordinal);
        }

        Assert.Equal(LineAndColumn(Page, sourceOffset), document.SourceMap.Map(offset));
    }

    [Fact]
    public void SourceMapOfCharacterReferencesPointsAtTheAmpersand()
    {
        var document = Load(Page);
        string text = document.Text.ToString();
        Assert.Equal(LineAndColumn(Page, Page.IndexOf("&amp;", StringComparison.Ordinal)), document.SourceMap.Map(text.IndexOf('&', StringComparison.Ordinal)));
        Assert.Equal(LineAndColumn(Page, Page.IndexOf("&#20013;", StringComparison.Ordinal)), document.SourceMap.Map(text.IndexOf('中', StringComparison.Ordinal)));
    }

    [Fact]
    public void SourceMapIsMonotonicOverTheWholeText()
    {
        var document = Load(Page);
        var previous = new SourceLocation(-1, -1, null, null);
        for (int offset = 0; offset <= document.Text.Length; offset++)
        {
            var location = document.SourceMap.Map(offset);
            Assert.Null(location.ParagraphIndex);
            Assert.True(location.Line > previous.Line || (location.Line == previous.Line && location.Column >= previous.Column), $"offset {offset}: {location} after {previous}");
            previous = location;
        }
    }

    private static SourceLocation LineAndColumn(string source, int offset)
    {
        var position = PolicySpeech.Text.SourceText.From(source).GetLinePosition(offset);
        return new SourceLocation(position.Line, position.Character, null, null);
    }
}
