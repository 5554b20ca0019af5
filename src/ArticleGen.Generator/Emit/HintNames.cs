using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Hint names for the generated files, made from the article paths: <c>Articles/russian-team.txt</c> becomes
/// <c>Articles.russian-team.g.cs</c>. They must be valid file names on every OS and unique (without case).
/// </summary>
internal static class HintNames
{
    /// <summary>The most characters before <c>.g.cs</c>, a <c>_2</c> suffix and a <c>_</c> before a device name included.</summary>
    internal const int MaxStemLength = 120;

    private static readonly string[] DeviceNames =
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>One hint name per path, in the same order; <paramref name="reserved"/> (the index file) is never given out.</summary>
    public static string[] Assign(IReadOnlyList<string> relativePaths, string reserved)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { reserved };
        var result = new string[relativePaths.Count];
        for (int i = 0; i < result.Length; i++)
        {
            string stem = Stem(relativePaths[i]);
            string hint = Fit(stem, MaxStemLength) + ".g.cs";
            for (int suffix = 2; !taken.Add(hint); suffix++)
            {
                string tail = "_" + suffix.ToString(CultureInfo.InvariantCulture);
                hint = Fit(stem, MaxStemLength - tail.Length) + tail + ".g.cs";
            }

            result[i] = hint;
        }

        return result;
    }

    /// <summary>The path's folders and file name (without <c>.txt</c>) joined with dots, keeping letters, digits, '-' and '_'.</summary>
    private static string Stem(string relativePath)
    {
        string path = relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? relativePath.Substring(0, relativePath.Length - 4)
            : relativePath;
        var stem = new StringBuilder();
        foreach (string segment in path.Split('/', '\\'))
        {
            // Empty, "." and ".." segments say nothing about the file; dropping them also keeps ".." out of the name.
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                continue;
            }

            if (stem.Length > 0)
            {
                stem.Append('.');
            }

            foreach (char c in segment)
            {
                stem.Append(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
            }
        }

        string result = stem.ToString();
        while (result.Contains(".."))
        {
            result = result.Replace("..", ".");
        }

        result = result.Trim('.');
        return result.Length == 0 ? "Article" : result;
    }

    /// <summary>
    /// The stem in at most <paramref name="room"/> characters: its end, where the file name is, and a <c>_</c> before
    /// a reserved device name (<c>con.txt</c> becomes <c>_con</c>).
    /// </summary>
    private static string Fit(string stem, int room)
    {
        string fitted = End(stem, room);
        return IsDeviceName(fitted) ? "_" + End(stem, room - 1) : fitted;
    }

    private static string End(string stem, int length) =>
        stem.Length <= length ? stem : stem.Substring(stem.Length - length).TrimStart('.');

    private static bool IsDeviceName(string stem) => Array.IndexOf(DeviceNames, stem.Split('.')[0].ToUpperInvariant()) >= 0;
}
