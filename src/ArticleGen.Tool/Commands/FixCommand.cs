using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Fixing;
using ArticleGen.Tool.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen fix PATH...</c>: the IDE's code fixes, applied in place.</summary>
internal sealed class FixCommand : ICommand
{
    public string Name => "fix";

    public string Summary => "Apply the code fixes in place: remove chrome and markers, repair datelines, decode entities.";

    public string Help => $"""
        Usage: articlegen fix PATH... [options]

        Applies the IDE's code fixes to article files, in place:
          ART005  removes leftover page chrome and layout markers (and the blank lines they leave)
          ART011  decodes HTML entities (&amp;amp; &#39; quot;) to the character they stand for; escaped tags go
          ART001  repairs malformed datelines in wire style (MOSCOW (Reuters) - ...)
          ART012  removes text set aside from the article (comments, teasers, another story): only with --only ART012
        Only what a fix names is changed, and no fix deletes a sentence of prose that is not chrome by its own words.
        Chrome is removed as the page's reading finds it; where text was set aside, it stays, and a second run may
        read the page anew and find more chrome. A file is written only when its text changes, in its own encoding,
        byte order mark and line endings. As dotnet format does, a rule whose severity is none
        (dotnet_diagnostic.ARTnnn.severity in a .globalconfig) is not fixed in that file.
        {(FixEdits.Fixable.Any(FixEdits.IsOnlyWhenNamed) ? $"Fixes made only when --only names them: {string.Join(", ", FixEdits.Fixable.Where(FixEdits.IsOnlyWhenNamed))}.\n" : "")}
        Options:
          --only IDS            Apply only these rules' fixes, e.g. --only ART005,ART011 (repeatable). A rule named
                                that has no fix is said on standard error and left as it is.
          --skip IDS            Leave these rules' fixes out, e.g. --skip ART001 (repeatable).
          --dry-run             Print a unified diff of what would change, and change nothing.
          --exclude GLOB        Leave out files that match GLOB (repeatable), as check does; .articlegenignore too.
          --config FILE         A global analyzer config to apply as well: a rule set to none there is not fixed.
          --max-file-size N     Leave files over N UTF-8 bytes alone, as the analyzer does (default 1048576).
          --no-progress         No progress bar (it shows only on a terminal anyway).

        Exit codes: 0 done, 1 changes pending under --dry-run, 2 usage error or a file that could not be written.

        Examples:
          articlegen fix Articles
          articlegen fix Articles/seed.txt --only ART005 --dry-run
          articlegen fix "Articles/**/*.txt" --only ART011
          articlegen fix Articles --skip ART001 --exclude drafts

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(
            args, ["only", "skip", "exclude", "config", "max-file-size"], ["dry-run", "no-progress"]);
        IReadOnlyList<string> ids = Ids(arguments, console);
        bool dryRun = arguments.Has("dry-run");
        long maxFileSize = CheckSettings.MaxFileSize(arguments);
        SeverityConfig severities = CheckSettings.Severities(arguments);
        if (arguments.Positional.Contains("-"))
        {
            throw new UsageException("fix writes files in place and cannot take standard input; use check - or show -");
        }

        IReadOnlyList<ArticlePath> files = ArticlePaths.Expand(arguments.Positional, CheckSettings.Paths(arguments), console);

        Progress progress = Progress.OnTerminal(files.Count, "files", !arguments.Has("no-progress"));
        var outcomes = new FileOutcome?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            outcomes[i] = FixOne(files[i], Configured(ids, severities, files[i]), maxFileSize);
            progress.Advance();
        });
        progress.Done();

        int changed = 0, unwritable = 0;
        foreach (FileOutcome outcome in outcomes.OfType<FileOutcome>())
        {
            if (dryRun)
            {
                console.Out.Write(UnifiedDiff.Create(outcome.File.DisplayPath, outcome.Before, outcome.Result.Text));
                changed++;
                continue;
            }

            try
            {
                File.WriteAllBytes(outcome.File.FullPath, outcome.Stored.Encode(outcome.Result.Text));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One read-only file should not stop the others; it is named, and the exit code says so.
                console.Error($"fix: '{outcome.File.DisplayPath}' could not be written: {Failures.Describe(e)}");
                unwritable++;
                continue;
            }

            changed++;
            if (console.AtLeast(Verbosity.Normal))
            {
                console.Out.WriteLine($"{outcome.File.DisplayPath}: fixed {string.Join(", ", outcome.Result.Fixed.Select(f => $"{f.Value} {f.Key}"))}");
            }
        }

        console.Say(Verbosity.Minimal, $"{changed} of {files.Count} file{(files.Count == 1 ? "" : "s")} {(dryRun ? "would change" : "changed")}");
        return unwritable > 0 ? ExitCodes.Usage : dryRun && changed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>The chosen fixes less those whose rule is set to none for this file, as dotnet format leaves them.</summary>
    private static IReadOnlyCollection<string> Configured(IReadOnlyList<string> ids, SeverityConfig severities, ArticlePath file) =>
        ids.Where(id => DiagnosticDescriptors.Find(id) is not { } descriptor || severities.Severity(file.FullPath, descriptor) is not null).ToList();

    /// <returns>What changes in the file, or null where nothing does (or it is unreadable, ART010).</returns>
    private static FileOutcome? FixOne(ArticlePath file, IReadOnlyCollection<string> ids, long maxFileSize)
    {
        ArticleFileText stored = file.Read();
        if (ids.Count == 0 || stored.ReadError is not null || UnreadableFile.Problem(SourceText.From(stored.Text), maxFileSize) is not null)
        {
            return null;
        }

        FixResult result = ArticleFixer.Fix(stored.Text, ids);
        return string.Equals(result.Text, stored.Text, StringComparison.Ordinal) ? null : new FileOutcome(file, stored, stored.Text, result);
    }

    /// <summary>
    /// The fixes to apply, in <see cref="FixEdits.Fixable"/> order: the default ones, or those <c>--only</c> names (which
    /// may include a fix made only when named), less those <c>--skip</c> names.
    /// </summary>
    /// <remarks>
    /// A rule that <c>--only</c> names but that has no fix is said, as <c>dotnet format</c> says "no associated code fix
    /// found", and the rest go on: a script that names a rule before its fix exists keeps working.
    /// </remarks>
    private static IReadOnlyList<string> Ids(Arguments arguments, ToolConsole console)
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Id).Concat(FixEdits.Fixable).Distinct().ToList();
        RuleFilter rules = RuleFilter.From(arguments, known);
        foreach (string noFix in (rules.Only ?? new HashSet<string>()).Where(id => !FixEdits.Fixable.Contains(id)).Order(StringComparer.Ordinal))
        {
            console.Warn($"fix: {noFix} has no fix, so it is left as it is; the fixes are for {string.Join(", ", FixEdits.Fixable.Order(StringComparer.Ordinal))}");
        }

        IEnumerable<string> chosen = rules.Only is { } named ? FixEdits.Fixable.Where(named.Contains) : FixEdits.ByDefault;
        return chosen.Where(rules.Includes).ToList();
    }

    private sealed record FileOutcome(ArticlePath File, ArticleFileText Stored, string Before, FixResult Result);
}
