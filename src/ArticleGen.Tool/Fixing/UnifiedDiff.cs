using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace ArticleGen.Tool.Fixing;

/// <summary>A unified diff (as <c>diff -u</c> and <c>git diff</c> print) between two versions of a file, with three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        IReadOnlyList<string> oldLines = Lines(before);
        IReadOnlyList<string> newLines = Lines(after);
        DiffResult diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');

        // Blocks closer than twice the context share one hunk.
        List<DiffBlock> blocks = [.. diff.DiffBlocks];
        for (int first = 0; first < blocks.Count;)
        {
            int last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            int oldStart = Math.Max(0, blocks[first].DeleteStartA - Context);
            int oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            int newStart = blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart);
            int newEnd = blocks[last].InsertStartB + blocks[last].InsertCountB + (oldEnd - blocks[last].DeleteStartA - blocks[last].DeleteCountA);
            output.Append($"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n");

            int oldAt = oldStart;
            for (int b = first; b <= last; b++)
            {
                DiffBlock block = blocks[b];
                for (; oldAt < block.DeleteStartA; oldAt++)
                {
                    output.Append(' ').Append(oldLines[oldAt]).Append('\n');
                }

                for (int i = 0; i < block.DeleteCountA; i++)
                {
                    output.Append('-').Append(oldLines[block.DeleteStartA + i]).Append('\n');
                }

                for (int i = 0; i < block.InsertCountB; i++)
                {
                    output.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
                }

                oldAt = block.DeleteStartA + block.DeleteCountA;
            }

            for (; oldAt < oldEnd; oldAt++)
            {
                output.Append(' ').Append(oldLines[oldAt]).Append('\n');
            }

            first = last + 1;
        }

        return output.ToString();
    }

    /// <summary>diff -u numbers lines from 1, and an empty range by the line before it.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    /// <summary>The lines as the diff shows them: without their line breaks, whatever those are.</summary>
    private static IReadOnlyList<string> Lines(string text) => new LineChunker().Chunk(text);

    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || text[i] == '\r')
                {
                    lines.Add(text.Substring(start, i - start));
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                lines.Add(text.Substring(start));
            }

            return lines.ToArray();
        }
    }
}
