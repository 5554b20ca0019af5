using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/NAME.approved.cs</c> next to the tests holds the accepted output. A mismatch,
/// or a missing approved file, writes <c>NAME.received.cs</c> and fails (with a line diff where there is something to
/// compare). Only <c>APPROVE=1</c> accepts the received output, after a person has read it.
/// </summary>
internal static class Snapshot
{
    public static void Match(string received, string name, [CallerFilePath] string testFile = "") =>
        Match(received, name, Environment.GetEnvironmentVariable("APPROVE") == "1", Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots"));

    /// <param name="folder">Where the approved and received files are.</param>
    internal static void Match(string received, string name, bool approve, string folder)
    {
        string approvedPath = Path.Combine(folder, name + ".approved.cs");
        string receivedPath = Path.Combine(folder, name + ".received.cs");
        if (approve)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(approved is null
            ? $"{name} has no approved snapshot {approvedPath}; review {receivedPath} and run the tests with APPROVE=1 to accept it."
            : $"{name} differs from its snapshot (received: {receivedPath}; APPROVE=1 accepts it):\n{Diff(approved, received)}");
    }

    private static string Diff(string approved, string received)
    {
        var diff = new StringBuilder();
        foreach (DiffPiece line in InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines)
        {
            string? mark = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (mark is not null)
            {
                diff.Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").Append(mark).AppendLine(line.Text);
            }
        }

        return diff.ToString();
    }
}
