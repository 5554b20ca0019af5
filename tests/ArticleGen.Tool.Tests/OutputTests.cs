using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>Output conventions: GitHub annotations, a JSON summary with every key, whole messages, colour, verbosity.</summary>
public class OutputTests
{
    private const string Escape = "\u001b[";

    [Fact]
    public void Github_format_writes_one_workflow_annotation_per_diagnostic()
    {
        using var folder = new TempFolder();
        folder.File("Articles/geneva.txt", Samples.Dirty);
        folder.File("local.txt", Samples.Clean.Replace("GENEVA (Reuters) - ", string.Empty));

        ToolRun run = Articlegen.Run(folder.Path, "check", "Articles", "local.txt", "--format", "github", "--fail-on", "info");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "::warning file=Articles/geneva.txt,line=4,col=1,endLine=4,endColumn=19,title=ART001::Malformed dateline 'Geneva (Reuters) -': the place 'Geneva' is not in capitals",
                "::warning file=Articles/geneva.txt,line=5,col=1,endLine=5,endColumn=24,title=ART005::Leftover layout marker 'Send a link to a friend'",
                "::warning file=Articles/geneva.txt,line=7,col=26,endLine=7,endColumn=31,title=ART011::Leftover markup '&amp;'",
                "::notice file=local.txt,line=4,col=1,endLine=4,endColumn=76,title=ART002::The lede 'More than 2,000 swimmers crossed the lake on Thursday, the organisers said.' has no dateline",
            ],
            CheckTests.Lines(run.Output));
    }

    [Fact]
    public void Github_format_escapes_percent_in_the_message_and_comma_and_colon_in_the_file()
    {
        using var folder = new TempFolder();
        folder.File("50%, a: b.txt", Samples.Clean.Replace("GENEVA (Reuters) - ", string.Empty).Replace("crossed the lake", "crossed 100% of the lake"));

        ToolRun run = Articlegen.Run(folder.Path, "check", ".", "--format", "github");

        Assert.Equal(
            "::notice file=50%25%2C a%3A b.txt,line=4,col=1,endLine=4,endColumn=84,title=ART002::The lede 'More than 2,000 swimmers crossed 100%25 of the lake on Thursday, the organisers\u2026' has no dateline",
            Assert.Single(CheckTests.Lines(run.Output)));
    }

    [Fact]
    public void Json_summary_has_every_key_when_the_counts_are_zero()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", "geneva.txt", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            [("error", 0), ("warning", 0), ("info", 0)],
            json.RootElement.GetProperty("summary").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    /// <summary>A line of chrome longer than a build line shows: the text shortens it at a word, JSON and SARIF keep it whole.</summary>
    [Fact]
    public void Text_shortens_a_long_subject_at_a_word_and_json_and_sarif_keep_the_whole_message()
    {
        const string Marker = "[to top of second column of the page where the rest of the long story about the lake swim continues]";
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Clean.Replace("The race started", Marker + "\nThe race started"));

        ToolRun text = Articlegen.Run(folder.Path, "check", "geneva.txt");
        ToolRun json = Articlegen.Run(folder.Path, "check", "geneva.txt", "--format", "json");
        ToolRun sarif = Articlegen.Run(folder.Path, "check", "geneva.txt", "--format", "sarif");

        Assert.Equal(
            $"geneva.txt(6,1): warning ART005: Leftover layout marker '[to top of second column of the page where the rest of the long story about the\u2026' ({Samples.HelpBase}ART005.md)",
            Assert.Single(CheckTests.Lines(text.Output)));
        string whole = $"Leftover layout marker '{Marker}'";
        using JsonDocument jsonDocument = JsonDocument.Parse(json.Output);
        Assert.Equal(whole, jsonDocument.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        using JsonDocument sarifDocument = JsonDocument.Parse(sarif.Output);
        Assert.Equal(whole, sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString());
    }

    /// <summary>Over the whole corpus: every shortened text message is the start of its whole message, cut before a space.</summary>
    [Fact]
    public void No_message_on_the_corpus_is_cut_inside_a_word()
    {
        ToolRun text = Articlegen.Run(CorpusFolders.Root, "check", ".", "--fail-on", "none");
        ToolRun json = Articlegen.Run(CorpusFolders.Root, "check", ".", "--format", "json", "--fail-on", "none");

        using JsonDocument document = JsonDocument.Parse(json.Output);
        List<string> whole = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString()!).ToList();
        List<string> shown = CheckTests.Lines(text.Output).Select(l => l.Substring(l.IndexOf(": ", l.IndexOf("ART", System.StringComparison.Ordinal), System.StringComparison.Ordinal) + 2)).Select(l => l.Substring(0, l.LastIndexOf(" (", System.StringComparison.Ordinal))).ToList();

        Assert.Equal(whole.Count, shown.Count);
        Assert.True(whole.Count > 1000);
        int shortened = 0;
        for (int i = 0; i < whole.Count; i++)
        {
            if (shown[i] == whole[i])
            {
                continue;
            }

            // The shown message is the whole one's start, cut before a space, then the ellipsis and the whole one's end.
            shortened++;
            int cut = shown[i].LastIndexOf('\u2026');
            Assert.True(
                cut > 0 && whole[i].StartsWith(shown[i].Substring(0, cut), System.StringComparison.Ordinal) && whole[i][cut] == ' '
                    && whole[i].EndsWith(shown[i].Substring(cut + 1), System.StringComparison.Ordinal),
                $"{shown[i]}\n{whole[i]}");
        }

        Assert.InRange(shortened, 1, whole.Count / 4);
    }

    [Fact]
    public void Redirected_output_has_no_colour_and_color_forces_it()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun plain = Articlegen.Run(folder.Path, "check", "geneva.txt");
        ToolRun forced = Articlegen.Run(folder.Path, "check", "geneva.txt", "--color");

        Assert.DoesNotContain(Escape, plain.Output + plain.Errors);
        Assert.StartsWith($"{Escape}1mgeneva.txt{Escape}0m(4,1): {Escape}33mwarning{Escape}0m ART001: ", forced.Output);
    }

    /// <summary>On a terminal (a pseudo-terminal from util-linux's <c>script</c>), colour is on unless NO_COLOR is set or --no-color given.</summary>
    [Theory]
    [InlineData("", true)]
    [InlineData("NO_COLOR=1", false)]
    [InlineData("--no-color", false)]
    public void A_terminal_gets_colour_unless_it_is_turned_off(string how, bool colored)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            // No pseudo-terminal to test with (util-linux is missing): CI's Debian has it, so there the test must run.
            Assert.NotEqual("true", System.Environment.GetEnvironmentVariable("CI"));
            return;
        }

        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);
        string environment = how.StartsWith("NO_COLOR") ? how + " " : "NO_COLOR= ";
        string option = how.StartsWith("--") ? " " + how : string.Empty;
        string command = $"{environment}TERM=xterm '{Articlegen.DotnetHost}' '{Articlegen.AssemblyPath}' check geneva.txt{option}";

        ToolRun run = Articlegen.Process("/usr/bin/script", folder.Path, "-qec", command, "/dev/null");

        Assert.Contains("warning", run.Output);
        Assert.Equal(colored, run.Output.Contains($"{Escape}33mwarning{Escape}0m"));
    }

    [Theory]
    [InlineData("-q", 3, "")]
    [InlineData("--verbosity=quiet", 3, "")]
    [InlineData("-v minimal", 3, "1 file: 0 errors, 3 warnings, 0 info")]
    [InlineData("", 3, "1 file: 0 errors, 3 warnings, 0 info")]
    public void Verbosity_decides_what_check_says_beside_its_results(string option, int lines, string errors)
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, ["check", "geneva.txt", .. option.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal((lines, errors), (CheckTests.Lines(run.Output).Length, run.Errors.Trim()));
    }

    [Fact]
    public void Detailed_verbosity_names_every_file_and_the_time()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Dirty);
        folder.File("clean.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "check", ".", "-v", "detailed");

        string[] errors = CheckTests.Lines(run.Errors);
        Assert.Equal(["checked clean.txt: 0 diagnostics", "checked geneva.txt: 3 diagnostics", "2 files: 0 errors, 3 warnings, 0 info"], errors[..3]);
        Assert.Matches(@"^took \d+\.\d\d s$", errors[3]);
    }

    [Fact]
    public void Quiet_fix_says_nothing_and_still_fixes()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "-q", "fix", "geneva.txt");

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Output, run.Errors));
        Assert.Equal(Samples.DirtyFixed, File.ReadAllText(path));
    }
}
