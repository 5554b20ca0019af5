using System.IO;
using System.Linq;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>
/// <c>--only</c> and <c>--skip</c> choose rules for check and fix, as eslint's and dotnet format's do; fix leaves a rule
/// set to none alone, as dotnet format does. <see cref="Samples.Dirty"/> raises ART001 (line 4), ART005 (5), ART011 (7).
/// </summary>
public class RuleSelectionTests
{
    [Theory]
    [InlineData(new[] { "--only", "ART005,ART011" }, new[] { "ART005", "ART011" })]
    [InlineData(new[] { "--only", "art005", "--only", "ART001" }, new[] { "ART001", "ART005" })]
    [InlineData(new[] { "--skip", "ART001" }, new[] { "ART005", "ART011" })]
    [InlineData(new[] { "--only", "ART001,ART005", "--skip", "ART005" }, new[] { "ART001" })]
    public void Check_reports_only_the_chosen_rules(string[] options, string[] ids)
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, ["check", "geneva.txt", .. options]);

        Assert.Equal(ids, CheckTests.Lines(run.Output).Select(l => l.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void Skipping_every_rule_that_fires_exits_0()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "check", "geneva.txt", "--skip", "ART001,ART005,ART011");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "check", "geneva.txt", "--skip", "ART099");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "articlegen: error: check: --skip: 'ART099' is not a rule; the rules are ART001, ART002, ART003, ART004, ART005, ART006, ART007, ART008, ART009, ART010, ART011, ART012 ('articlegen rules' lists them) (see 'articlegen check --help')",
            run.Errors.Trim());
    }

    /// <summary>As dotnet format's "no associated code fix found": said, and the other rules named are fixed.</summary>
    [Fact]
    public void Fix_only_a_rule_without_a_fix_is_said_and_the_others_are_fixed()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "fix", "geneva.txt", "--only", "ART003,ART005");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "articlegen: warning: fix: ART003 has no fix, so it is left as it is; the fixes are for ART001, ART005, ART011, ART012\n1 of 1 file changed",
            run.Errors.Trim());
        Assert.Equal(Samples.Dirty.Replace("Send a link to a friend\n", string.Empty), File.ReadAllText(path));
    }

    /// <summary>ART012 (text set aside from the article) is deleted only when asked for by ID: --only takes it, a plain fix never applies it.</summary>
    [Fact]
    public void Text_set_aside_is_deleted_only_by_fix_only_ART012()
    {
        const string comment = "I have lived on the east side for twenty years and we have never had a library that was worth the walk, so this is good news.";
        string page = string.Join("\n\n",
            "Council approves new library",
            "The city council voted on Monday to build a new library on the east side of town, ending a debate that had lasted for more than three years.",
            "The library will open in 2021 and will hold more than fifty thousand books, the mayor said in a statement after the vote on Monday.",
            "Council members said that the building would also house a community room and a small cafe for the people of the neighbourhood.",
            "Comments",
            comment) + "\n";
        using var folder = new TempFolder();
        string plainPath = folder.File("plain/library.txt", page);
        string askedPath = folder.File("asked/library.txt", page);

        ToolRun plain = Articlegen.Run(folder.Path, "fix", "plain/library.txt");
        ToolRun asked = Articlegen.Run(folder.Path, "fix", "asked/library.txt", "--only", "ART012");

        Assert.Equal("plain/library.txt: fixed 1 ART005\n", plain.Output);
        Assert.Contains(comment, File.ReadAllText(plainPath));
        Assert.DoesNotContain("\nComments\n", File.ReadAllText(plainPath));
        Assert.Equal(0, asked.ExitCode);
        Assert.Equal("asked/library.txt: fixed 1 ART012\n", asked.Output);
        Assert.DoesNotContain(comment, File.ReadAllText(askedPath));
        Assert.Contains("\nComments\n", File.ReadAllText(askedPath));
    }

    [Fact]
    public void Fix_skip_leaves_that_rule_unfixed()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "fix", "geneva.txt", "--skip", "ART001");

        Assert.Equal("geneva.txt: fixed 1 ART005, 1 ART011\n", run.Output);
        Assert.Equal(
            Samples.DirtyFixed.Replace("GENEVA (Reuters) - More", "Geneva (Reuters) -More"),
            File.ReadAllText(path));
    }

    [Fact]
    public void Fix_leaves_a_rule_set_to_none_as_dotnet_format_does()
    {
        using var folder = new TempFolder();
        string path = folder.File("Articles/geneva.txt", Samples.Dirty);
        string other = folder.File("Other/geneva.txt", Samples.Dirty);
        folder.File("Articles/.globalconfig", "is_global = true\ndotnet_diagnostic.ART005.severity = none\n");

        ToolRun run = Articlegen.Run(folder.Path, "fix", ".");

        // The share line stays where ART005 is off; the other folder is fixed in full.
        Assert.Equal("Articles/geneva.txt: fixed 1 ART001, 1 ART011\nOther/geneva.txt: fixed 1 ART001, 1 ART005, 1 ART011\n", run.Output);
        Assert.Equal(Samples.DirtyFixed.Replace("said.\n\nThe race", "said.\nSend a link to a friend\n\nThe race"), File.ReadAllText(path));
        Assert.Equal(Samples.DirtyFixed, File.ReadAllText(other));
    }

    [Fact]
    public void Fix_config_option_turns_a_fix_off_too()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);
        folder.File("ci.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-ArticleGen.Layout.severity = none\n");

        Articlegen.Run(folder.Path, "fix", "geneva.txt", "--config", "ci.globalconfig");

        Assert.Equal(Samples.Dirty.Replace("Geneva (Reuters) -More", "GENEVA (Reuters) - More"), File.ReadAllText(path));
    }
}
