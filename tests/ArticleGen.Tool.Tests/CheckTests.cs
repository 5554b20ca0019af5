using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary><c>articlegen check</c>: build-style lines, exit codes, configured severities, and the files it picks.</summary>
public class CheckTests
{
    [Fact]
    public void A_clean_file_prints_nothing_and_exits_0()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("1 file: 0 errors, 0 warnings, 0 info", run.Errors.Trim());
    }

    [Fact]
    public void Warnings_print_as_a_build_prints_them_and_exit_1()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"Articles/geneva.txt(4,1): warning ART001: Malformed dateline 'Geneva (Reuters) -': the place 'Geneva' is not in capitals ({Samples.HelpBase}ART001.md)",
                $"Articles/geneva.txt(5,1): warning ART005: Leftover layout marker 'Send a link to a friend' ({Samples.HelpBase}ART005.md)",
                $"Articles/geneva.txt(7,26): warning ART011: Leftover markup '&amp;' ({Samples.HelpBase}ART011.md)",
            ],
            Lines(run.Output));
    }

    [Fact]
    public void Globalconfig_severities_apply_as_in_a_build()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File(".globalconfig", "is_global = true\ndotnet_diagnostic.ART005.severity = error\ndotnet_diagnostic.ART011.severity = none\ndotnet_diagnostic.ART001.severity = suggestion\n");

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"Articles/geneva.txt(4,1): info ART001: Malformed dateline 'Geneva (Reuters) -': the place 'Geneva' is not in capitals ({Samples.HelpBase}ART001.md)",
                $"Articles/geneva.txt(5,1): error ART005: Leftover layout marker 'Send a link to a friend' ({Samples.HelpBase}ART005.md)",
            ],
            Lines(run.Output));
    }

    [Fact]
    public void An_article_with_only_silenced_diagnostics_exits_0()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("Articles/.globalconfig", "dotnet_diagnostic.ART005.severity = none\ndotnet_diagnostic.ART011.severity = none\ndotnet_diagnostic.ART001.severity = none\n");

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Config_option_adds_a_global_config()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("ci.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-ArticleGen.Layout.severity = none\n");

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles", "--config", "ci.globalconfig");

        Assert.Equal(["ART001"], Lines(run.Output).Select(IdOf));
    }

    [Theory]
    [InlineData(new string[0], 1, "warning")]
    [InlineData(new[] { "--fail-on", "error" }, 0, "warning")]
    [InlineData(new[] { "--warnaserror", "--fail-on", "error" }, 1, "error")]
    [InlineData(new[] { "--fail-on", "none", "--warnaserror" }, 0, "error")]
    public void Fail_level_and_warnaserror_decide_the_exit_code(string[] options, int exitCode, string severity)
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, ["check", "geneva.txt", .. options]);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.All(Lines(run.Output), line => Assert.Contains($": {severity} ART", line));
    }

    [Fact]
    public void Info_alone_fails_only_under_fail_on_info()
    {
        using var folder = new TempFolder();
        folder.File("local.txt", Samples.Clean.Replace("GENEVA (Reuters) - ", string.Empty));

        Assert.Equal(0, Articlegen.Run(folder.Path, "check", "local.txt").ExitCode);
        ToolRun strict = Articlegen.Run(folder.Path, "check", "local.txt", "--fail-on", "info");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(["ART002"], Lines(strict.Output).Select(IdOf));
    }

    [Fact]
    public void Folders_and_globs_find_articles_but_not_build_output_or_other_tools_inputs()
    {
        using var folder = new TempFolder();
        folder.File("Articles/a.txt", Samples.Dirty);
        folder.File("Articles/2019/b.txt", Samples.Dirty);
        folder.File("Articles/bin/Debug/a.txt", Samples.Dirty);
        folder.File("Articles/obj/a.txt", Samples.Dirty);
        folder.File("Articles/.cache/a.txt", Samples.Dirty);
        folder.File("Articles/BannedSymbols.txt", "T:System.IO.File");
        folder.File("Articles/notes.md", "# notes");

        Assert.Equal(["Articles/2019/b.txt", "Articles/a.txt"], PathsIn(Articlegen.Run(folder.Path, "check", "Articles")));
        Assert.Equal(["Articles/2019/b.txt"], PathsIn(Articlegen.Run(folder.Path, "check", "Articles/*/*.txt")));
        Assert.Equal(["Articles/2019/b.txt", "Articles/a.txt"], PathsIn(Articlegen.Run(folder.Path, "check", "Articles/**/*.txt")));
        Assert.Equal(["Articles/obj/a.txt"], PathsIn(Articlegen.Run(folder.Path, "check", "Articles/obj/a.txt")));
    }

    [Fact]
    public void Files_that_map_to_one_name_raise_ART009_on_the_later_one()
    {
        using var folder = new TempFolder();
        folder.File("geneva-swim.txt", Samples.Clean);
        folder.File("geneva.swim.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", ".");

        Assert.Equal(
            [$"geneva.swim.txt(1,1): warning ART009: Article name 'GenevaSwim' is already taken by 'geneva-swim.txt'; this file's member gets a numeric suffix ({Samples.HelpBase}ART009.md)"],
            Lines(run.Output));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_raises_ART010()
    {
        using var folder = new TempFolder();
        folder.Bytes("latin1.txt", [.. "Caf"u8, 0xE9, .. " au lait\n[July 4, 2019]\n\nText.\n"u8]);

        ToolRun run = Articlegen.Run(folder.Path, "check", "latin1.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"latin1.txt(1,4): warning ART010: Unreadable article file 'latin1.txt': the text holds replacement characters from bytes that are not valid UTF-8 ({Samples.HelpBase}ART010.md)"],
            Lines(run.Output));
    }

    [Fact]
    public void A_file_over_the_size_cap_raises_ART010()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", "geneva.txt", "--max-file-size", "100");

        Assert.Equal(
            [$"geneva.txt(1,1): warning ART010: Unreadable article file 'geneva.txt': it is over the size cap of 100 bytes (ArticleGenMaxFileSize), so it is not parsed and no article is generated ({Samples.HelpBase}ART010.md)"],
            Lines(run.Output));
    }

    [Fact]
    public void Json_lists_every_diagnostic_with_its_place()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("Articles/clean.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(2, json.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("warning").GetInt32());
        JsonElement marker = json.RootElement.GetProperty("diagnostics")[1];
        Assert.Equal("Articles/geneva.txt", marker.GetProperty("path").GetString());
        Assert.Equal("ART005", marker.GetProperty("id").GetString());
        Assert.Equal("warning", marker.GetProperty("severity").GetString());
        Assert.Equal("Leftover layout marker", marker.GetProperty("title").GetString());
        Assert.Equal("Leftover layout marker 'Send a link to a friend'", marker.GetProperty("message").GetString());
        Assert.Equal((5, 1, 5, 24), (marker.GetProperty("line").GetInt32(), marker.GetProperty("column").GetInt32(), marker.GetProperty("endLine").GetInt32(), marker.GetProperty("endColumn").GetInt32()));
        Assert.Equal(Samples.HelpBase + "ART005.md", marker.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "check", "geneva.txt", "-o", "out/check.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(3, Lines(File.ReadAllText(folder.Combine("out/check.txt"))).Length);
    }

    [Fact]
    public void Redirected_output_never_shows_a_progress_bar()
    {
        ToolRun run = Articlegen.Run(CorpusFolders.Root, "check", ".");
        Assert.DoesNotContain("\r", run.Errors + run.Output);
        Assert.DoesNotContain("[#", run.Errors);
    }

    internal static string[] Lines(string output) => output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

    private static string IdOf(string line) => line.Split(": ")[1].Split(' ')[1];

    private static string[] PathsIn(ToolRun run) => Lines(run.Output).Select(l => l.Substring(0, l.IndexOf('('))).Distinct().ToArray();
}
