using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Fuzzing;
using Xunit;

namespace ArticleGen.Generator.Tests.Fuzz;

/// <summary>
/// Replays every file in Fuzz/Regressions: the crashes and hangs AFL++ found (tests/fuzz/run.sh saves them there,
/// minimized) and hand-made hostile inputs. Each file goes through the fuzz target itself (linked from
/// tests/fuzz/ArticleGen.Fuzz/ParserTarget.cs), so it is decoded and checked exactly as it was when found: as the
/// compiler reads the file, as Latin-1, and as raw UTF-16; no exception, spans inside the text, findings in order,
/// the same result twice. No AFL++ or SharpFuzz is needed here.
/// </summary>
public class RegressionReplayTests
{
    /// <summary>A parse that takes longer than this on a file of a few KB is a hang, as AFL++'s timeout would say.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions");

    public static IEnumerable<object[]> Files =>
        Directory.GetFiles(Folder)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !name.StartsWith(".", StringComparison.Ordinal) && name != "README.md")
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replayed_file_keeps_the_parser_contract(string name)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(Folder, name));

        Task replay = Task.Run(() => ParserTarget.Check(bytes));
        Task first = await Task.WhenAny(replay, Task.Delay(HangLimit));

        Assert.True(first == replay, $"{name}: the parse did not finish within {HangLimit.TotalSeconds} s");
        await replay; // rethrows a ParserContractViolation with the parser's own exception inside
    }

    /// <summary>The replay is never empty: the hand-made inputs are always there, even before any crash is found.</summary>
    [Fact]
    public void The_folder_holds_the_hand_made_inputs()
    {
        string[] names = Files.Select(f => (string)f[0]).ToArray();

        Assert.Contains("handmade-invalid-utf8.bin", names);
        Assert.Contains("handmade-wtf8-lone-surrogates.bin", names);
        Assert.Contains("handmade-10000-brackets.bin", names);
        Assert.True(names.Length >= 10, $"only {names.Length} files to replay in {Folder}");
    }

    /// <summary>The target reads a file's bytes every way the parser can meet them, so the replay is not a no-op.</summary>
    [Fact]
    public void Every_reading_of_a_non_ascii_file_is_parsed()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, "handmade-wtf8-lone-surrogates.bin"));

        var readings = ParserTarget.Readings(bytes).ToDictionary(r => r.Name, r => r.Text);

        Assert.Equal(new[] { "file", "latin1", "utf16-raw" }, readings.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Contains('\uFFFD', readings["file"]);
        Assert.Equal(bytes.Length, readings["latin1"].Length);
        Assert.Equal(bytes.Length / 2, readings["utf16-raw"].Length);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'A' }, "A")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'A', 0 }, "A")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'A' }, "A")]
    [InlineData(new byte[] { (byte)'A', 0xFF }, "A\uFFFD")]
    public void The_file_reading_drops_a_BOM_and_replaces_invalid_bytes(byte[] bytes, string expected)
    {
        Assert.Equal(expected, ParserTarget.Readings(bytes).First(r => r.Name == "file").Text);
    }
}
