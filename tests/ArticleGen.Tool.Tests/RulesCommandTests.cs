using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary><c>articlegen rules</c>: every rule, its severity after the config files where a path is, and who set it.</summary>
public class RulesCommandTests
{
    [Fact]
    public void Without_config_every_rule_has_its_default_severity()
    {
        using var folder = new TempFolder();

        ToolRun run = Articlegen.Run(folder.Path, "rules");

        Assert.Equal(0, run.ExitCode);
        string[] lines = CheckTests.Lines(run.Output);
        Assert.Equal("ID      severity  default  fix        title", lines[0]);
        Assert.Equal("ART001  warning   warning  yes        Malformed dateline", lines[1]);
        Assert.Equal("ART002  info      info     no         Missing dateline", lines[2]);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"ART{i:000}"), lines.Skip(1).Select(l => l.Substring(0, 6)));
    }

    [Fact]
    public void Severity_follows_the_config_files_of_the_path_and_names_them()
    {
        using var folder = new TempFolder();
        folder.File(".globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-ArticleGen.Layout.severity = error\n");
        folder.File("Articles/.editorconfig", "is_global = true\ndotnet_diagnostic.ART005.severity = none\n");
        folder.File("Articles/plain/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.ART001.severity = none\n");
        folder.File("Articles/plain/a.txt", Samples.Clean);

        ToolRun atRoot = Articlegen.Run(folder.Path, "rules", ".");
        ToolRun inArticles = Articlegen.Run(folder.Path, "rules", "Articles/plain/a.txt", "--json");

        Assert.Contains("ART005  error     warning  yes        Leftover layout marker\n        set by .globalconfig: dotnet_analyzer_diagnostic.category-ArticleGen.Layout.severity = error\n", atRoot.Output);
        Assert.Contains("ART011  error     warning  yes        Leftover markup\n", atRoot.Output);

        using JsonDocument json = JsonDocument.Parse(inArticles.Output);
        JsonElement marker = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ART005");
        Assert.Equal(("none", "warning", "yes"), (marker.GetProperty("severity").GetString(), marker.GetProperty("defaultSeverity").GetString(), marker.GetProperty("fix").GetString()));
        Assert.Equal(
            ["Articles/.editorconfig: dotnet_diagnostic.ART005.severity = none", ".globalconfig: dotnet_analyzer_diagnostic.category-ArticleGen.Layout.severity = error"],
            marker.GetProperty("setBy").EnumerateArray().Select(s => $"{s.GetProperty("file").GetString()}: {s.GetProperty("setting").GetString()}"));
        // A section of a plain .editorconfig does not reach additional files in a build (dotnet/roslyn#31916), nor here.
        JsonElement dateline = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ART001");
        Assert.Equal(("warning", 0), (dateline.GetProperty("severity").GetString(), dateline.GetProperty("setBy").GetArrayLength()));
    }

    [Fact]
    public void Check_agrees_with_rules()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("Articles/.globalconfig", "dotnet_diagnostic.ART011.severity = error\n");

        ToolRun rules = Articlegen.Run(folder.Path, "rules", "Articles", "--json");
        ToolRun check = Articlegen.Run(folder.Path, "check", "Articles", "--format", "json");

        using JsonDocument ruleList = JsonDocument.Parse(rules.Output);
        using JsonDocument report = JsonDocument.Parse(check.Output);
        Assert.All(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal(
            ruleList.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == d.GetProperty("id").GetString()).GetProperty("severity").GetString(),
            d.GetProperty("severity").GetString()));
    }
}
