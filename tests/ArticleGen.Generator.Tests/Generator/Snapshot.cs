using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/NAME.approved.cs</c> next to the tests holds the accepted output. A mismatch
/// writes <c>NAME.received.cs</c> and fails with a line diff. <c>APPROVE=1</c> accepts the received output; a missing
/// snapshot is created locally but fails under <c>CI=true</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string received, string name, [CallerFilePath] string testFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        string approvedPath = Path.Combine(folder, name + ".approved.cs");
        string receivedPath = Path.Combine(folder, name + ".received.cs");
        bool exists = File.Exists(approvedPath);

        if (Environment.GetEnvironmentVariable("APPROVE") == "1" || (!exists && !IsCi))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        Assert.True(exists, $"No approved snapshot {approvedPath}; run the tests with APPROVE=1 and review it.");
        string approved = File.ReadAllText(approvedPath);
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail($"{name} differs from its snapshot (received: {receivedPath}; APPROVE=1 accepts it):\n{Diff(approved, received)}");
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

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
