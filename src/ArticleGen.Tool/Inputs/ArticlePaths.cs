using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Cli;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ArticleGen.Tool.Inputs;

/// <summary>
/// Turns the PATH arguments (files, folders, globs, <c>-</c> for standard input) into article files. A file named on
/// the command line is taken whatever its name; a folder or a glob gives the files that the generator would take as
/// articles (<see cref="ArticleSelector"/>), skipping build output and hidden folders, where copies of the articles
/// live. <c>--exclude</c> and <c>.articlegenignore</c> (<see cref="PathExclusions"/>) then leave files out.
/// Globs are matched by Microsoft.Extensions.FileSystemGlobbing, with the file system's case rule.
/// </summary>
internal static class ArticlePaths
{
    /// <summary>Folders never searched under a folder or glob: build output, packages, and (below) hidden folders.</summary>
    private static readonly string[] SkippedFolders = { "**/bin/**", "**/obj/**", "**/node_modules/**", "**/.*/**" };

    /// <summary>The name standard input is reported under, without <c>--stdin-name</c>.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Case as the file system has it: ignored on Windows and macOS, kept on Linux.</summary>
    public static StringComparison FileNameComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <inheritdoc cref="Expand(IReadOnlyList{string}, PathOptions, ToolConsole?)"/>
    public static IReadOnlyList<ArticlePath> Expand(IReadOnlyList<string> arguments) => Expand(arguments, PathOptions.None, null);

    /// <returns>Each file once, in ordinal order of full path; standard input, where asked for, last.</returns>
    /// <exception cref="UsageException">A path that does not exist, or a glob or folder that holds no article.</exception>
    public static IReadOnlyList<ArticlePath> Expand(IReadOnlyList<string> arguments, PathOptions options, ToolConsole? console)
    {
        if (arguments.Count == 0)
        {
            throw new UsageException("no PATH given: name article files, folders or globs, or - for standard input");
        }

        int stdin = arguments.Count(a => a == "-");
        if (stdin > 1)
        {
            throw new UsageException("'-' (standard input) can be given once");
        }

        if (options.StdinName is not null && stdin == 0)
        {
            throw new UsageException("--stdin-name names standard input: give - as the PATH too");
        }

        var roots = arguments.Where(a => a != "-").Select(Root).ToList();
        PathExclusions exclusions = PathExclusions.Load(options.Excludes, [Environment.CurrentDirectory, .. roots.Where(r => r is not null)!]);
        if (console is not null)
        {
            foreach (string source in exclusions.Sources)
            {
                console.Say(Verbosity.Detailed, $"excluding by {source}");
            }
        }

        var files = new SortedDictionary<string, ArticlePath>(StringComparer.Ordinal);
        foreach (string argument in arguments.Where(a => a != "-"))
        {
            int found = 0, excluded = 0;
            foreach (string file in argument.IndexOfAny(['*', '?']) >= 0 ? Glob(argument) : PlainPath(argument))
            {
                string full = Path.GetFullPath(file);
                found++;
                if (exclusions.Excludes(full))
                {
                    excluded++;
                    console?.Say(Verbosity.Detailed, $"excluded {Display(full)}");
                    continue;
                }

                files.TryAdd(full, new ArticlePath(full, Display(full)));
            }

            if (found == 0)
            {
                throw new UsageException($"'{argument}' holds no article files (*.txt)");
            }

            if (excluded == found)
            {
                console?.Warn($"'{argument}' is excluded (--exclude or .articlegenignore); nothing in it is read");
            }
        }

        List<ArticlePath> result = files.Values.ToList();
        if (stdin == 1)
        {
            result.Add(StandardInput(options.StdinName, options.ReadStandardInput ?? ReadConsoleInput));
        }

        return result;
    }

    /// <summary>A path as the user sees it: relative to the current folder where it is inside it, with '/'.</summary>
    public static string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        bool outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>
    /// Standard input as an article: named by <c>--stdin-name</c> (its display path, and where its .globalconfig and
    /// .editorconfig are looked for), or <c>&lt;stdin&gt;</c> in the current folder.
    /// </summary>
    private static ArticlePath StandardInput(string? name, Func<byte[]> read)
    {
        string full = Path.GetFullPath(name ?? StandardInputName);
        return new ArticlePath(full, name is null ? StandardInputName : Display(full)) { StandardInput = read() };
    }

    private static byte[] ReadConsoleInput()
    {
        using Stream input = Console.OpenStandardInput();
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The folder a PATH argument searches (for its .articlegenignore), or null for a file.</summary>
    private static string? Root(string argument)
    {
        if (argument.IndexOfAny(['*', '?']) >= 0)
        {
            (string root, _) = SplitGlob(argument);
            return Directory.Exists(root) ? Path.GetFullPath(root) : null;
        }

        return Directory.Exists(argument) ? Path.GetFullPath(argument) : null;
    }

    private static IEnumerable<string> PlainPath(string path)
    {
        if (File.Exists(path))
        {
            return new[] { path };
        }

        if (Directory.Exists(path))
        {
            return ArticlesUnder(path, "**/*");
        }

        throw new UsageException($"'{path}' does not exist");
    }

    /// <summary><c>*</c> and <c>?</c> within a name, <c>**</c> for any number of folders, e.g. <c>Articles/**/*.txt</c>.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        (string root, string rest) = SplitGlob(pattern);
        if (!Directory.Exists(root))
        {
            throw new UsageException($"'{pattern}': the folder '{root}' does not exist");
        }

        return ArticlesUnder(root, rest);
    }

    /// <summary>The folder before the first wildcard, and the pattern under it: <c>Articles/2019/**/*.txt</c> is <c>Articles/2019</c> and <c>**/*.txt</c>.</summary>
    private static (string Root, string Pattern) SplitGlob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(['*', '?']);
        int rootEnd = normalized.LastIndexOf('/', firstWildcard);
        string root = rootEnd < 0 ? "." : (rootEnd == 0 ? "/" : normalized.Substring(0, rootEnd));
        return (root, normalized.Substring(rootEnd + 1));
    }

    private static IEnumerable<string> ArticlesUnder(string folder, string pattern)
    {
        var matcher = new Matcher(FileNameComparison);
        matcher.AddInclude(pattern);
        matcher.AddExcludePatterns(SkippedFolders);
        string root = Path.GetFullPath(folder);
        PatternMatchingResult result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        return result.Files
            .Select(match => Path.GetFullPath(Path.Combine(root, match.Path)))
            .Where(file => ArticleSelector.IsArticle(file, null, autoInclude: true));
    }
}

/// <summary>What, besides the PATHs, decides which files a command reads.</summary>
/// <param name="Excludes">The <c>--exclude</c> globs, relative to the current folder.</param>
/// <param name="StdinName">The <c>--stdin-name</c> for <c>-</c>, or null.</param>
/// <param name="ReadStandardInput">How to read standard input (tests may replace it); null reads the console's.</param>
internal sealed record PathOptions(IReadOnlyList<string> Excludes, string? StdinName, Func<byte[]>? ReadStandardInput = null)
{
    public static PathOptions None { get; } = new([], null);
}

/// <param name="FullPath">The absolute path, for reading and for configuration lookup.</param>
/// <param name="DisplayPath">The path to print.</param>
internal sealed record ArticlePath(string FullPath, string DisplayPath)
{
    /// <summary>The bytes read from standard input, where this is <c>-</c>; else null, and the file is read from disk.</summary>
    public byte[]? StandardInput { get; init; }

    public bool IsStandardInput => StandardInput is not null;

    /// <summary>The article's text as stored. Never throws.</summary>
    public ArticleFileText Read() => StandardInput is { } bytes ? ArticleFileText.FromBytes(bytes) : ArticleFileText.Read(FullPath);
}
