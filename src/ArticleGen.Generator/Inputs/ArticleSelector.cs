using System;
using System.IO;

namespace ArticleGen.Generator.Inputs;

/// <summary>
/// Decides which AdditionalFiles are articles. The generator and the analyzer both ask this one rule,
/// so a file is never generated without being checked, or checked without being generated.
/// </summary>
internal static class ArticleSelector
{
    // Inputs of other well-known tools that also arrive as .txt AdditionalFiles.
    private static readonly string[] ToolInputPrefixes = { "PublicAPI.", "InternalAPI." };
    private static readonly string[] ToolInputNames = { "BannedSymbols.txt", "NativeMethods.txt" };

    /// <param name="path">The additional file's path.</param>
    /// <param name="articleGenMetadata">The item's <c>ArticleGen</c> metadata: "true" or "false" override the default.</param>
    /// <param name="autoInclude">The <c>ArticleGenAutoInclude</c> property; false makes articles opt-in.</param>
    public static bool IsArticle(string path, string? articleGenMetadata, bool autoInclude)
    {
        if (bool.TryParse(articleGenMetadata?.Trim(), out bool explicitChoice))
        {
            return explicitChoice;
        }

        if (!autoInclude || !path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string fileName = Path.GetFileName(path);
        foreach (string name in ToolInputNames)
        {
            if (string.Equals(fileName, name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (string prefix in ToolInputPrefixes)
        {
            if (fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
