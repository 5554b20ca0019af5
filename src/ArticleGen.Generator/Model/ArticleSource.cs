using System.Threading;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Model;

/// <summary>One article file as read: where it is, what it is called, and its text.</summary>
/// <param name="Path">The full path, as the compiler knows it; names and order are decided on this.</param>
/// <param name="RelativePath">The path relative to the project, with <c>/</c>.</param>
/// <param name="NameOverride">The <c>ArticleGenName</c> item metadata, if any.</param>
/// <param name="Text">The text as the parser reads it (<see cref="ArticleText.Normalize"/>); null when the file is unreadable (<see cref="UnreadableFile"/>).</param>
/// <param name="Reading">How the file is read: as the article alone where the <c>ArticleGenPage</c> metadata says so.</param>
internal sealed record ArticleSource(string Path, string RelativePath, string? NameOverride, string? Text, PageReading Reading = PageReading.WholePage)
{
    public static bool IsArticle(AdditionalText file, AnalyzerConfigOptionsProvider options, ProjectOptions project) =>
        ArticleSelector.IsArticle(file.Path, ArticleFileOptions.From(options.GetOptions(file)).Include, project.AutoInclude);

    public static ArticleSource Read(AdditionalText file, AnalyzerConfigOptionsProvider options, ProjectOptions project, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        string? content = text is null || UnreadableFile.Problem(text, project.MaxFileSize) is not null ? null : ArticleText.Normalize(text.ToString());
        ArticleFileOptions fileOptions = ArticleFileOptions.From(options.GetOptions(file));
        return new ArticleSource(
            file.Path,
            ProjectPaths.Relative(file.Path, project.ProjectDirectory),
            fileOptions.NameOverride,
            content,
            fileOptions.Reading);
    }
}
