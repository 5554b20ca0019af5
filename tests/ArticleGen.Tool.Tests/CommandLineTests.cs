using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>Help, version, and the exit code 2 with a one-line message for every way of calling the tool wrongly.</summary>
public class CommandLineTests
{
    private static readonly string Here = System.AppContext.BaseDirectory;

    [Fact]
    public void Version_prints_the_package_version()
    {
        ToolRun run = Articlegen.Run(Here, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0.2.0", run.Output.Trim());
    }

    [Fact]
    public void Help_lists_every_command()
    {
        ToolRun run = Articlegen.Run(Here, "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "check", "fix", "show", "rules", "import", "report", "help" })
        {
            Assert.Matches($"(?m)^  {command} +[A-Z]", run.Output);
        }
    }

    [Theory]
    [InlineData("help")]
    [InlineData("help", "help")]
    public void Help_alone_is_the_overview(params string[] args)
    {
        ToolRun run = Articlegen.Run(Here, args);
        Assert.Equal((0, Articlegen.Run(Here, "--help").Output), (run.ExitCode, run.Output));
    }

    [Fact]
    public void Help_shows_the_common_options_and_the_path_and_rule_conventions()
    {
        ToolRun run = Articlegen.Run(Here, "--help");
        foreach (string option in new[] { "-v, --verbosity LEVEL", "-q, --quiet", "--color, --no-color", "--exclude GLOB", ".articlegenignore", "--stdin-name", "--only ID", "--skip ID", "NO_COLOR" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("rules")]
    public void Help_COMMAND_is_COMMAND_help(string command)
    {
        ToolRun help = Articlegen.Run(Here, "help", command);
        ToolRun option = Articlegen.Run(Here, command, "--help");
        Assert.Equal((0, option.Output), (help.ExitCode, help.Output));
        Assert.Contains("Common options:\n  -v, --verbosity LEVEL", help.Output);
    }

    [Theory]
    [InlineData("check", new[] { "--format FORMAT       text (default), json, sarif (SARIF 2.1.0) or github", "--only IDS", "--skip IDS", "--exclude GLOB", "--stdin-name PATH" })]
    [InlineData("fix", new[] { "--only IDS", "--skip IDS", "--exclude GLOB", "severity is none" })]
    [InlineData("show", new[] { "- for standard input", "--stdin-name PATH" })]
    public void Command_help_describes_its_new_options(string command, string[] texts)
    {
        ToolRun run = Articlegen.Run(Here, command, "--help");
        Assert.All(texts, text => Assert.Contains(text, run.Output));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("show")]
    [InlineData("rules")]
    [InlineData("import")]
    [InlineData("report")]
    public void Each_command_has_help_with_examples(string command)
    {
        ToolRun run = Articlegen.Run(Here, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Usage: articlegen {command} ", run.Output);
        Assert.Contains("Exit codes:", run.Output);
        Assert.Matches($"(?m)^Examples:\\n  articlegen {command} ", run.Output);
    }

    [Theory]
    [InlineData("Unknown command", "articlegen: error: unknown command 'lint'; run 'articlegen --help' for the list", "lint")]
    [InlineData("Unknown option", "articlegen: error: check: unknown option '--lint' (see 'articlegen check --help')", "check", ".", "--lint")]
    [InlineData("Unknown command after help", "articlegen: error: unknown command 'lint'; run 'articlegen --help' for the list", "help", "lint")]
    [InlineData("Bad verbosity", "articlegen: error: '--verbosity loud' is not one of: quiet, minimal, normal, detailed", "check", ".", "-v", "loud")]
    [InlineData("Output not writable", "articlegen: error: check: 'a.txt/out.txt' could not be written: an input/output error (see 'articlegen check --help')", "check", "a.txt", "-o", "a.txt/out.txt")]
    [InlineData("Missing path", "articlegen: error: check: 'no-such-folder' does not exist (see 'articlegen check --help')", "check", "no-such-folder")]
    [InlineData("No path", "articlegen: error: check: no PATH given: name article files, folders or globs, or - for standard input (see 'articlegen check --help')", "check")]
    [InlineData("Bad format", "articlegen: error: check: '--format xml' is not one of: text, json, sarif, github (see 'articlegen check --help')", "check", ".", "--format", "xml")]
    [InlineData("Option without value", "articlegen: error: fix: option '--only' needs a value (see 'articlegen fix --help')", "fix", ".", "--only")]
    [InlineData("Import without -o", "articlegen: error: import: -o FILE is required: where to write the fixture (see 'articlegen import --help')", "import", "page.html")]
    [InlineData("Missing page", "articlegen: error: import: 'missing.html' is neither an HTML file nor an http(s) URL (see 'articlegen import --help')", "import", "missing.html", "-o", "x.txt")]
    public void Usage_errors_exit_2_with_one_line_and_no_stack_trace(string what, string message, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Samples.Clean);
        ToolRun run = Articlegen.Run(folder.Path, args);
        Assert.True(run.ExitCode == 2, what + ": " + run);
        Assert.Equal(message, run.Errors.Trim());
        Assert.DoesNotContain("   at ", run.Errors);
    }

    [Fact]
    public void No_arguments_print_the_overview_and_exit_2()
    {
        ToolRun run = Articlegen.Run(Here);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: articlegen COMMAND [options]", run.Output);
    }
}
