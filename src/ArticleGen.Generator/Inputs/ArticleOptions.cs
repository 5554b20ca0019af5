using System.Globalization;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Generator.Inputs;

/// <summary>
/// Project-wide settings, read from MSBuild properties that the package makes compiler-visible
/// (<c>build_property.X</c> in the analyzer config).
/// </summary>
/// <param name="TextConstants">
/// <c>ArticleGenTextConstants</c>: whether <c>Raw</c> and <c>Body</c> are <c>const</c> (the default, usable in attributes)
/// or static properties (<c>false</c>), which keeps the text out of the metadata and the reference assembly.
/// </param>
internal sealed record ProjectOptions(string Namespace, string ClassName, bool AutoInclude, long MaxFileSize, string? ProjectDirectory, bool TextConstants)
{
    public const long DefaultMaxFileSize = 1024 * 1024;

    public static ProjectOptions From(AnalyzerConfigOptions global)
    {
        string? rootNamespace = Read(global, "build_property.ArticleGenNamespace") ?? Read(global, "build_property.RootNamespace");
        string className = Read(global, "build_property.ArticleGenClassName") ?? "Articles";
        bool autoInclude = !bool.TryParse(Read(global, "build_property.ArticleGenAutoInclude"), out bool auto) || auto;
        long maxFileSize = long.TryParse(Read(global, "build_property.ArticleGenMaxFileSize"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long max) && max > 0
            ? max
            : DefaultMaxFileSize;
        bool textConstants = !bool.TryParse(Read(global, "build_property.ArticleGenTextConstants"), out bool constants) || constants;
        return new ProjectOptions(
            rootNamespace ?? string.Empty, className, autoInclude, maxFileSize, Read(global, "build_property.ProjectDir"), textConstants);
    }

    internal static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>Per-file settings from AdditionalFiles item metadata (<c>build_metadata.AdditionalFiles.X</c>).</summary>
/// <param name="Reading">
/// <c>ArticleGenPage</c>: <c>false</c> says the file is the article itself (<see cref="PageReading.ArticleOnly"/>), so no
/// page stage looks for the article in it; only the wire readings and the layout markers apply. The generator, the
/// analyzer and the code fixes all take the reading from here.
/// </param>
internal sealed record ArticleFileOptions(string? Include, string? NameOverride, PageReading Reading = PageReading.WholePage)
{
    public static ArticleFileOptions From(AnalyzerConfigOptions file) => new(
        ProjectOptions.Read(file, "build_metadata.AdditionalFiles.ArticleGen"),
        ProjectOptions.Read(file, "build_metadata.AdditionalFiles.ArticleGenName"),
        bool.TryParse(ProjectOptions.Read(file, "build_metadata.AdditionalFiles.ArticleGenPage"), out bool page) && !page ? PageReading.ArticleOnly : PageReading.WholePage);
}
