using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Fixing;
using ArticleGen.Tool.Inputs;
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
          ART011  decodes HTML entities (&amp; &#39; quot;); tags are left for you to judge
          ART001  repairs malformed datelines in wire style (MOSCOW (Reuters) - ...)
        Only what a fix names is changed. A file is written only when its text changes, in its own encoding, byte
        order mark and line endings. Running fix twice changes nothing the second time.

        Options:
          --only IDS            Apply only these fixes, e.g. --only ART005,ART011.
          --dry-run             Print a unified diff of what would change, and change nothing.
          --max-file-size N     Leave files over N UTF-8 bytes alone, as the analyzer does (default 1048576).
          --no-progress         No progress bar (it shows only on a terminal anyway).

        Exit codes: 0 done, 1 changes pending under --dry-run, 2 usage error or a file that could not be written.

        Examples:
          articlegen fix Articles
          articlegen fix Articles/seed.txt --only ART005 --dry-run
          articlegen fix "Articles/**/*.txt" --only ART011

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(args, ["only", "max-file-size"], ["dry-run", "no-progress"]);
        IReadOnlyCollection<string> ids = Ids(arguments.Value("only"));
        bool dryRun = arguments.Has("dry-run");
        long maxFileSize = arguments.PositiveNumber("max-file-size") ?? ProjectOptions.DefaultMaxFileSize;
        IReadOnlyList<ArticlePath> files = ArticlePaths.Expand(arguments.Positional);

        Progress progress = Progress.OnTerminal(files.Count, "files", !arguments.Has("no-progress"));
        var outcomes = new FileOutcome?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            outcomes[i] = FixOne(files[i], ids, maxFileSize);
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
                console.Messages.WriteLine($"articlegen: error: {outcome.File.DisplayPath} could not be written: {e.Message}");
                unwritable++;
                continue;
            }

            changed++;
            console.Out.WriteLine($"{outcome.File.DisplayPath}: fixed {string.Join(", ", outcome.Result.Fixed.Select(f => $"{f.Value} {f.Key}"))}");
        }

        console.Messages.WriteLine($"{changed} of {files.Count} file{(files.Count == 1 ? "" : "s")} {(dryRun ? "would change" : "changed")}");
        return unwritable > 0 ? ExitCodes.Usage : dryRun && changed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <returns>What changes in the file, or null where nothing does (or it is unreadable, ART010).</returns>
    private static FileOutcome? FixOne(ArticlePath file, IReadOnlyCollection<string> ids, long maxFileSize)
    {
        ArticleFileText stored = ArticleFileText.Read(file.FullPath);
        if (stored.ReadError is not null || UnreadableFile.Problem(SourceText.From(stored.Text), maxFileSize) is not null)
        {
            return null;
        }

        FixResult result = ArticleFixer.Fix(stored.Text, ids);
        return string.Equals(result.Text, stored.Text, StringComparison.Ordinal) ? null : new FileOutcome(file, stored, stored.Text, result);
    }

    private static IReadOnlyCollection<string> Ids(string? only)
    {
        if (only is null)
        {
            return FixEdits.Fixable;
        }

        var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => id.ToUpperInvariant()).ToList();
        foreach (string id in ids)
        {
            if (!FixEdits.Fixable.Contains(id))
            {
                throw new UsageException($"'{id}' has no fix; the fixes are for {string.Join(", ", FixEdits.Fixable.Order(StringComparer.Ordinal))}");
            }
        }

        return ids.Count > 0 ? ids : throw new UsageException("--only needs at least one ID, e.g. --only ART005");
    }

    private sealed record FileOutcome(ArticlePath File, ArticleFileText Stored, string Before, FixResult Result);
}
