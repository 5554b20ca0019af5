using System.Collections.Generic;
using System.Threading;
using ArticleGen.Generator.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// ART009 needs every article file at once: it names them all with the generator's own rule
/// (<see cref="ArticleNaming.AssignUnique"/>) and keeps the files that lost a clash.
/// </summary>
internal static class DuplicateNames
{
    /// <summary>The article files whose name clashes with an earlier file's, by path.</summary>
    public static Dictionary<string, UniqueName> Find(AnalyzerOptions options, ProjectOptions project, CancellationToken cancellationToken)
    {
        var files = new List<(string Path, string? NameOverride)>();
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArticleFileOptions fileOptions = ArticleFileOptions.From(options.AnalyzerConfigOptionsProvider.GetOptions(file));
            if (ArticleSelector.IsArticle(file.Path, fileOptions.Include, project.AutoInclude))
            {
                files.Add((file.Path, fileOptions.NameOverride));
            }
        }

        UniqueName[] names = ArticleNaming.AssignUnique(files, project.ClassName);
        var clashes = new Dictionary<string, UniqueName>(System.StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            if (names[i].DuplicateOf is not null)
            {
                clashes[files[i].Path] = names[i];
            }
        }

        return clashes;
    }
}
