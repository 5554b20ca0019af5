using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Inputs;

/// <summary>Paths as users see them: relative to the project directory, with <c>/</c>, the same on every machine.</summary>
internal static class ProjectPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectDirectory"/> (<c>Articles/x.txt</c>, or <c>../Shared/x.txt</c>
    /// for a linked file). Without a project directory or a common root, the whole path with <c>/</c>.
    /// </summary>
    public static string Relative(string path, string? projectDirectory)
    {
        string file = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return file;
        }

        // Windows paths compare without case, as the file system does.
        StringComparison comparison = IsWindowsPath(file) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string[] fileParts = file.Split('/');
        string[] dirParts = projectDirectory!.Replace('\\', '/').TrimEnd('/').Split('/');
        int common = 0;
        while (common < dirParts.Length && common < fileParts.Length - 1 && string.Equals(dirParts[common], fileParts[common], comparison))
        {
            common++;
        }

        if (common == 0 || (common == 1 && fileParts[0].Length == 0 && dirParts.Length > 1))
        {
            return file; // nothing but the root in common: a relative path would only obscure it
        }

        var parts = new List<string>();
        for (int i = common; i < dirParts.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < fileParts.Length; i++)
        {
            parts.Add(fileParts[i]);
        }

        return string.Join("/", parts);
    }

    private static bool IsWindowsPath(string path) => (path.Length > 1 && path[1] == ':') || path.StartsWith("//", StringComparison.Ordinal);
}
