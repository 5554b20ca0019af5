using System;
using System.IO;
using SharpFuzz;

namespace ArticleGen.Fuzzing;

/// <summary>
/// With no arguments: the AFL++ target (input on stdin, run by afl-fuzz and afl-tmin through SharpFuzz's fork server).
/// With arguments: replays files or folders of files outside AFL++ and prints the first broken contract.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            // Out of process: a StackOverflowException or a hang kills only the child, which SharpFuzz restarts.
            Fuzzer.OutOfProcess.Run(stream => ParserTarget.Check(ReadAll(stream)));
            return 0;
        }

        int failed = 0;
        foreach (string arg in args)
        {
            string[] files = Directory.Exists(arg) ? Array.FindAll(Directory.GetFiles(arg), IsInput) : new[] { arg };
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                try
                {
                    ParserTarget.Check(File.ReadAllBytes(file));
                    Console.WriteLine($"ok    {file}");
                }
                catch (ParserContractViolation ex)
                {
                    failed++;
                    Console.WriteLine($"FAIL  {file}");
                    Console.WriteLine(ex.ToString());
                }
            }
        }

        Console.WriteLine(failed == 0 ? "all files keep the parser's contract" : $"{failed} file(s) break the parser's contract");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>A folder's README and dotfiles are not inputs.</summary>
    private static bool IsInput(string path)
    {
        string name = Path.GetFileName(path);
        return !name.StartsWith(".", StringComparison.Ordinal) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
