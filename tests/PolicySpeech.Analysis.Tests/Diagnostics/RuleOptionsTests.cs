using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Diagnostics;

/// <summary>String-keyed per-rule options: policyspeech.json's "options" and "rules", the old alias, and the typed helpers.</summary>
public sealed class RuleOptionsTests
{
    [Fact]
    public void FlatAndNestedFormsGiveTheSameKeys()
    {
        var flat = SpeechConfiguration.Parse("""{ "options": { "ACME002.maxLength": "120", "acme002.strict": true } }""", "policyspeech.json").AnalyzerOptions;
        var nested = SpeechConfiguration.Parse("""{ "rules": { "ACME002": { "maxLength": 120, "strict": "true" } } }""", "policyspeech.json").AnalyzerOptions;

        foreach (var options in new[] { flat, nested })
        {
            Assert.Equal(120, options.GetInt32("ACME002.maxLength", 150));
            Assert.True(options.GetBoolean("ACME002.Strict", false));
            Assert.Equal(7, options.GetInt32("ACME002.other", 7));
            Assert.True(options.TryGetValue("acme002.MAXLENGTH", out var raw));
            Assert.Equal("120", raw);
        }
    }

    [Theory]
    [InlineData("""{ "duplicates": { "nearThreshold": 0.9 } }""")]
    [InlineData("""{ "options": { "PS2004.threshold": "0.9" } }""")]
    [InlineData("""{ "rules": { "PS2004": { "threshold": 0.9 } } }""")]
    public void TheOldThresholdKeyIsAnAliasOfPS2004Threshold(string json)
    {
        var options = SpeechConfiguration.Parse(json, "policyspeech.json").AnalyzerOptions;
        Assert.Equal(0.9, options.GetDouble(AnalyzerOptions.NearDuplicateThresholdKey, 0.8));
    }

    [Theory]
    [InlineData("""{ "options": { "PS2004.treshold": "0.9" } }""", "unknown option 'PS2004.treshold'")]
    [InlineData("""{ "rules": { "PS2004": { "threshold": "1.5" } } }""", "greater than 0 and at most 1")]
    [InlineData("""{ "duplicates": { "nearThreshold": 0.9 }, "options": { "PS2004.threshold": "0.7" } }""", "set twice")]
    [InlineData("""{ "options": { "maxLength": "1" } }""", "must be RULEID.name")]
    [InlineData("""{ "options": { "ACME.x": [1] } }""", "must be a string, a number, true or false")]
    public void BadOptionsAreConfigurationErrorsWithALine(string json, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Parse(json, "policyspeech.json"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void AMalformedValueThrowsWhereTheRuleReadsIt()
    {
        var options = AnalyzerOptions.Default.WithRuleOption("ACME002.maxLength", "many");
        var ex = Assert.Throws<FormatException>(() => options.GetInt32("ACME002.maxLength", 1));
        Assert.Contains("ACME002.maxLength", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PS2004ReadsItsThresholdFromTheOptions()
    {
        const string a = "要坚持以人民为中心的发展思想，统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设，全面深化改革开放，推动高质量发展取得新成效。";
        const string b = "要坚持以人民为中心的发展思想，统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设，全面深化改革开放，推动高质量发展取得新进展。";
        var tree = TestRules.Parse($"讲话\n\n{a}\n\n{b}\n");
        var driver = AnalyzerDriver.CreateDefault();
        Assert.Contains(driver.Analyze(tree).Diagnostics, d => d.Id == "PS2004");

        var strict = SpeechConfiguration.Parse("""{ "rules": { "PS2004": { "threshold": 0.999 } } }""", "policyspeech.json");
        Assert.DoesNotContain(driver.Analyze(tree, strict).Diagnostics, d => d.Id == "PS2004");
    }

    [Fact]
    public void AnalyzerPathsAreRelativeToTheConfigurationFile()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cfg");
        var configuration = SpeechConfiguration.Parse("""{ "analyzers": ["rules/Acme.dll", "../x.dll"] }""", Path.Combine(dir, "policyspeech.json"));
        Assert.Equal([Path.Combine(dir, "rules", "Acme.dll"), Path.GetFullPath(Path.Combine(dir, "..", "x.dll"))], configuration.AnalyzerPaths.ToArray());
    }
}
