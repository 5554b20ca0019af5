using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Cli;

namespace ArticleGen.Tool.Inputs;

/// <summary>
/// Turns the PATH arguments (files, folders, globs) into article files. A file named on the command line is always
/// taken; a folder or a glob gives the files that the generator would take as articles (<see cref="ArticleSelector"/>),
/// skipping build output and hidden folders, where copies of the articles live.
/// </summary>
internal static class ArticlePaths
{
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

    /// <returns>Each file once, in ordinal order of full path.</returns>
    /// <exception cref="UsageException">A path that does not exist, or a glob or folder that holds no article.</exception>
    public static IReadOnlyList<ArticlePath> Expand(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0)
        {
            throw new UsageException("no PATH given: name article files, folders or globs");
        }

        var files = new SortedDictionary<string, ArticlePath>(StringComparer.Ordinal);
        foreach (string argument in arguments)
        {
            IEnumerable<string> found = argument.IndexOfAny(new[] { '*', '?' }) >= 0 ? Glob(argument) : PlainPath(argument);
            int count = 0;
            foreach (string file in found)
            {
                string full = Path.GetFullPath(file);
                files.TryAdd(full, new ArticlePath(full, Display(full)));
                count++;
            }

            if (count == 0)
            {
                throw new UsageException($"'{argument}' holds no article files (*.txt)");
            }
        }

        return files.Values.ToList();
    }

    /// <summary>A path as the user sees it: relative to the current folder where it is inside it, with '/'.</summary>
    public static string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        bool outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }

    private static IEnumerable<string> PlainPath(string path)
    {
        if (File.Exists(path))
        {
            return new[] { path };
        }

        if (Directory.Exists(path))
        {
            return ArticlesUnder(path, _ => true);
        }

        throw new UsageException($"'{path}' does not exist");
    }

    /// <summary><c>*</c> and <c>?</c> within a name, <c>**</c> for any number of folders, e.g. <c>Articles/**/*.txt</c>.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(new[] { '*', '?' });
        int rootEnd = normalized.LastIndexOf('/', firstWildcard);
        string root = rootEnd < 0 ? "." : (rootEnd == 0 ? "/" : normalized.Substring(0, rootEnd));
        string rest = normalized.Substring(rootEnd + 1);
        if (!Directory.Exists(root))
        {
            throw new UsageException($"'{pattern}': the folder '{root}' does not exist");
        }

        Regex matcher = GlobRegex(rest);
        string fullRoot = Path.GetFullPath(root);
        return ArticlesUnder(root, file => matcher.IsMatch(Path.GetRelativePath(fullRoot, Path.GetFullPath(file)).Replace('\\', '/')));
    }

    private static Regex GlobRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static IEnumerable<string> ArticlesUnder(string folder, Func<string, bool> include)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            foreach (string sub in Directory.EnumerateDirectories(current))
            {
                string name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }

            foreach (string file in Directory.EnumerateFiles(current))
            {
                if (ArticleSelector.IsArticle(file, null, autoInclude: true) && include(file))
                {
                    yield return file;
                }
            }
        }
    }
}

/// <param name="FullPath">The absolute path, for reading and for configuration lookup.</param>
/// <param name="DisplayPath">The path to print.</param>
internal sealed record ArticlePath(string FullPath, string DisplayPath);
