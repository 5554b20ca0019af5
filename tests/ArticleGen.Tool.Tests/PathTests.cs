using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>Which files a command reads: <c>--exclude</c>, <c>.articlegenignore</c>, globs, and <c>-</c> for standard input.</summary>
public class PathTests
{
    private static TempFolder Tree()
    {
        var folder = new TempFolder();
        folder.File("Articles/a.txt", Samples.Clean);
        folder.File("Articles/drafts/b.txt", Samples.Clean);
        folder.File("Articles/2019/c.txt", Samples.Clean);
        folder.File("Articles/2019/drafts/d.txt", Samples.Clean);
        folder.File("Articles/2019/e.bak.txt", Samples.Clean);
        return folder;
    }

    /// <summary>The files a check read, from its JSON (a clean file raises nothing, so the count and -v detailed tell).</summary>
    private static string[] Checked(string folder, params string[] args)
    {
        ToolRun run = Articlegen.Run(folder, ["-v", "detailed", "check", .. args]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Errors.Split('\n').Where(l => l.StartsWith("checked ")).Select(l => l.Substring(8, l.IndexOf(':') - 8)).ToArray();
    }

    [Fact]
    public void Without_exclusions_every_article_is_read()
    {
        using TempFolder folder = Tree();
        Assert.Equal(
            ["Articles/2019/c.txt", "Articles/2019/drafts/d.txt", "Articles/2019/e.bak.txt", "Articles/a.txt", "Articles/drafts/b.txt"],
            Checked(folder.Path, "Articles"));
    }

    [Theory]
    [InlineData("drafts", new[] { "Articles/2019/c.txt", "Articles/2019/e.bak.txt", "Articles/a.txt" })] // a name, at any depth
    [InlineData("drafts/", new[] { "Articles/2019/c.txt", "Articles/2019/e.bak.txt", "Articles/a.txt" })] // a folder
    [InlineData("Articles/drafts", new[] { "Articles/2019/c.txt", "Articles/2019/drafts/d.txt", "Articles/2019/e.bak.txt", "Articles/a.txt" })] // anchored
    [InlineData("./Articles/drafts", new[] { "Articles/2019/c.txt", "Articles/2019/drafts/d.txt", "Articles/2019/e.bak.txt", "Articles/a.txt" })]
    [InlineData("*.bak.txt", new[] { "Articles/2019/c.txt", "Articles/2019/drafts/d.txt", "Articles/a.txt", "Articles/drafts/b.txt" })]
    [InlineData("Articles/**/c.txt", new[] { "Articles/2019/drafts/d.txt", "Articles/2019/e.bak.txt", "Articles/a.txt", "Articles/drafts/b.txt" })]
    public void Exclude_leaves_out_what_a_gitignore_line_would(string glob, string[] expected)
    {
        using TempFolder folder = Tree();
        Assert.Equal(expected, Checked(folder.Path, "Articles", "--exclude", glob));
    }

    [Fact]
    public void Exclude_can_be_repeated()
    {
        using TempFolder folder = Tree();
        Assert.Equal(["Articles/2019/c.txt", "Articles/a.txt"], Checked(folder.Path, "Articles", "--exclude", "drafts", "--exclude", "*.bak.txt"));
    }

    [Fact]
    public void An_ignore_file_in_the_current_folder_applies()
    {
        using TempFolder folder = Tree();
        folder.File(".articlegenignore", "# drafts are not fixtures yet\ndrafts/\n\n*.bak.txt\n");
        Assert.Equal(["Articles/2019/c.txt", "Articles/a.txt"], Checked(folder.Path, "Articles"));
    }

    [Fact]
    public void An_ignore_file_in_a_folder_given_applies_relative_to_it_and_negation_takes_a_file_back()
    {
        using TempFolder folder = Tree();
        folder.File("Articles/.articlegenignore", "/2019/\n!2019/c.txt\n");
        Assert.Equal(["Articles/2019/c.txt", "Articles/a.txt", "Articles/drafts/b.txt"], Checked(folder.Path, "Articles"));
    }

    [Fact]
    public void A_folder_whose_every_file_is_excluded_warns_and_reads_nothing()
    {
        using TempFolder folder = Tree();

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles/drafts", "--exclude", "drafts");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "articlegen: warning: 'Articles/drafts' is excluded (--exclude or .articlegenignore); nothing in it is read\n0 files: 0 errors, 0 warnings, 0 info",
            run.Errors.Trim());
    }

    [Fact]
    public void Fix_honours_exclusions()
    {
        using var folder = new TempFolder();
        string kept = folder.File("Articles/a.txt", Samples.Dirty);
        string draft = folder.File("Articles/drafts/b.txt", Samples.Dirty);
        folder.File(".articlegenignore", "drafts/\n");

        Articlegen.Run(folder.Path, "fix", "Articles");

        Assert.Equal((Samples.DirtyFixed, Samples.Dirty), (File.ReadAllText(kept), File.ReadAllText(draft)));
    }

    [Fact]
    public void Globs_match_file_names_with_the_file_systems_case()
    {
        using var folder = new TempFolder();
        folder.File("Articles/Geneva.txt", Samples.Clean);
        folder.File("Articles/geneva-2.txt", Samples.Clean);

        string[] found = Checked(folder.Path, "Articles/g*.txt");

        Assert.Equal(
            System.OperatingSystem.IsLinux() ? ["Articles/geneva-2.txt"] : ["Articles/Geneva.txt", "Articles/geneva-2.txt"],
            found);
    }

    [Fact]
    public void Standard_input_is_checked_under_its_stdin_name()
    {
        using var folder = new TempFolder();

        ToolRun run = Articlegen.RunWithInput(folder.Path, Samples.Dirty, "check", "-", "--stdin-name", "Articles/new.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Articles/new.txt(5,1): warning ART005: Leftover layout marker 'Send a link to a friend' ({Samples.HelpBase}ART005.md)",
            CheckTests.Lines(run.Output)[1]);
        Assert.Equal("1 file: 0 errors, 3 warnings, 0 info", run.Errors.Trim());
    }

    [Fact]
    public void Standard_input_without_a_name_is_stdin_and_reads_the_config_of_the_current_folder()
    {
        using var folder = new TempFolder();
        folder.File(".globalconfig", "is_global = true\ndotnet_diagnostic.ART005.severity = error\n");

        ToolRun run = Articlegen.RunWithInput(folder.Path, Samples.Dirty, "check", "-", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement marker = json.RootElement.GetProperty("diagnostics")[1];
        Assert.Equal(("<stdin>", "ART005", "error"), (marker.GetProperty("path").GetString(), marker.GetProperty("id").GetString(), marker.GetProperty("severity").GetString()));
    }

    [Fact]
    public void The_stdin_name_decides_which_config_applies()
    {
        using var folder = new TempFolder();
        folder.File("Articles/.globalconfig", "is_global = true\ndotnet_diagnostic.ART005.severity = none\n");

        ToolRun inArticles = Articlegen.RunWithInput(folder.Path, Samples.Dirty, "check", "-", "--stdin-name", "Articles/new.txt");
        ToolRun elsewhere = Articlegen.RunWithInput(folder.Path, Samples.Dirty, "check", "-", "--stdin-name", "new.txt");

        Assert.Equal(2, CheckTests.Lines(inArticles.Output).Length);
        Assert.Equal(3, CheckTests.Lines(elsewhere.Output).Length);
    }

    [Fact]
    public void Show_reads_standard_input()
    {
        using var folder = new TempFolder();

        ToolRun run = Articlegen.RunWithInput(folder.Path, Samples.Clean, "show", "-", "--stdin-name", "geneva-swim.txt", "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(("geneva-swim.txt", "GenevaSwim", "Geneva lake swim draws record crowd"), (json.RootElement.GetProperty("path").GetString(), json.RootElement.GetProperty("name").GetString(), json.RootElement.GetProperty("headline").GetString()));
    }

    [Theory]
    [InlineData(new[] { "check", "-", "-" }, "articlegen: error: check: '-' (standard input) can be given once (see 'articlegen check --help')")]
    [InlineData(new[] { "check", ".", "--stdin-name", "x.txt" }, "articlegen: error: check: --stdin-name names standard input: give - as the PATH too (see 'articlegen check --help')")]
    [InlineData(new[] { "fix", "-" }, "articlegen: error: fix: fix writes files in place and cannot take standard input; use check - or show - (see 'articlegen fix --help')")]
    public void Standard_input_misuse_is_a_usage_error(string[] args, string message)
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Samples.Clean);

        ToolRun run = Articlegen.RunWithInput(folder.Path, Samples.Clean, args);

        Assert.Equal((2, message), (run.ExitCode, run.Errors.Trim()));
    }
}
