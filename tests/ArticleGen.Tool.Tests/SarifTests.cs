using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>
/// <c>check --format sarif</c> against what the SARIF 2.1.0 schema requires (its <c>required</c> lists: sarifLog
/// <c>version</c> and <c>runs</c>; run <c>tool</c>; tool <c>driver</c>; toolComponent <c>name</c>; reportingDescriptor
/// <c>id</c>; result <c>message</c>; message <c>text</c> or <c>id</c>) and what code-scanning services read besides:
/// <c>ruleId</c>, a location with an artifact URI and a start line, and levels from the schema's enum.
/// </summary>
public class SarifTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public void Sarif_has_every_required_field()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("Articles/clean.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement log = document.RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        JsonElement runElement = Assert.Single(log.GetProperty("runs").EnumerateArray());
        JsonElement driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("articlegen", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/articlegen/articlegen/blob/main/README.md", driver.GetProperty("informationUri").GetString());

        List<JsonElement> rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"ART{i:000}"), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Equal(Samples.HelpBase + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        });

        List<JsonElement> results = runElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["ART001", "ART005", "ART011"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, result =>
        {
            string ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal("warning", result.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            JsonElement physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("Articles/geneva.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        });

        JsonElement marker = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((5, 1, 5, 24), (marker.GetProperty("startLine").GetInt32(), marker.GetProperty("startColumn").GetInt32(), marker.GetProperty("endLine").GetInt32(), marker.GetProperty("endColumn").GetInt32()));
        string root = runElement.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new System.Uri(folder.Path + "/").AbsoluteUri, root);
    }

    /// <summary>SARIF's <c>rule.name</c> is an identifier-like name: the title in PascalCase, as the catalogue's descriptors have it.</summary>
    [Fact]
    public void Rule_names_are_the_titles_in_PascalCase()
    {
        using var folder = new TempFolder();
        folder.File("clean.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", ".", "--format", "sarif");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal(
            [
                "MalformedDateline", "MissingDateline", "MissingCredits", "MalformedCredits", "LeftoverLayoutMarker", "MissingHeadline",
                "MissingOrUnreadablePublicationDate", "DatelineDateDisagreesWithPublicationDate", "DuplicateArticleName", "UnreadableArticleFile", "LeftoverMarkup", "TextSetAside",
            ],
            document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public void Info_is_a_note_in_sarif()
    {
        using var folder = new TempFolder();
        folder.File("local.txt", Samples.Clean.Replace("GENEVA (Reuters) - ", string.Empty));

        ToolRun run = Articlegen.Run(folder.Path, "check", "local.txt", "--format", "sarif");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(("ART002", "note"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString()));
    }
}
