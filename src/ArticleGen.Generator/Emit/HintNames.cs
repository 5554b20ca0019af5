using System;
using System.Globalization;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The generated files' hint names: <c>Articles.g.cs</c> for the index and <c>Articles.Part001.g.cs</c>, ... for the
/// articles, <see cref="Model.ArticleNames.ArticlesPerPart"/> to a part in ordinal path order. They are made from the
/// class name alone, which is already a C# identifier; they must still be file names on every OS when
/// <c>EmitCompilerGeneratedFiles</c> writes them.
/// </summary>
internal static class HintNames
{
    /// <summary>The most characters before <c>.Part001.g.cs</c> or <c>.g.cs</c>.</summary>
    internal const int MaxStemLength = 120;

    private static readonly string[] DeviceNames =
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Index(string className) => Stem(className) + ".g.cs";

    /// <param name="part">From zero.</param>
    public static string Part(string className, int part) =>
        Stem(className) + ".Part" + (part + 1).ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>
    /// The class name without <c>@</c>, cut to <see cref="MaxStemLength"/>, and <c>_</c> before a device name
    /// (<c>CON.g.cs</c> cannot be a file on Windows).
    /// </summary>
    private static string Stem(string className)
    {
        string stem = className.TrimStart('@');
        stem = stem.Length > MaxStemLength ? stem.Substring(0, MaxStemLength) : stem;
        return Array.IndexOf(DeviceNames, stem.ToUpperInvariant()) >= 0 ? "_" + stem : stem;
    }
}
