using System;
using System.Collections.Generic;
using System.IO;
using ArticleGen.Tool.Cli;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ArticleGen.Tool.Inputs;

/// <summary>
/// Files left out by <c>--exclude GLOB</c> (relative to the current folder) and by the lines of a
/// <c>.articlegenignore</c> file (relative to its folder), read as <c>.gitignore</c> lines are:
/// <list type="bullet">
/// <item>blank lines and lines starting with <c>#</c> are skipped;</item>
/// <item>a pattern with no <c>/</c> but at its end matches a file or folder name at any depth (<c>drafts</c>, <c>*.bak.txt</c>);</item>
/// <item>a pattern with a <c>/</c> at its start or in its middle is anchored to the folder (<c>/Articles/old</c>, <c>Articles/*/tmp.txt</c>);</item>
/// <item>a pattern ending in <c>/</c> matches folders only, and everything under a matched folder is left out;</item>
/// <item><c>!</c> takes a file back in; the last line that matches a file decides.</item>
/// </list>
/// </summary>
internal sealed class PathExclusions
{
    public const string IgnoreFileName = ".articlegenignore";

    private readonly List<Rule> _rules = new();
    private readonly List<string> _sources = new();

    /// <summary>Where the rules came from, for <c>--verbosity detailed</c>.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <param name="excludes">The <c>--exclude</c> globs.</param>
    /// <param name="folders">The folders to look for a <c>.articlegenignore</c> in: the current folder and each PATH that is a folder.</param>
    public static PathExclusions Load(IReadOnlyList<string> excludes, IEnumerable<string> folders)
    {
        var result = new PathExclusions();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string folder in folders)
        {
            string file = Path.Combine(Path.GetFullPath(folder), IgnoreFileName);
            if (!seen.Add(file) || !File.Exists(file))
            {
                continue;
            }

            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"'{ArticlePaths.Display(file)}' could not be read: {Failures.Describe(e)}");
            }

            result._sources.Add(ArticlePaths.Display(file));
            foreach (string line in lines)
            {
                result.Add(Path.GetDirectoryName(file)!, line);
            }
        }

        foreach (string exclude in excludes)
        {
            result._sources.Add("--exclude " + exclude);
            result.Add(Environment.CurrentDirectory, exclude);
        }

        return result;
    }

    /// <summary>Whether the file at <paramref name="fullPath"/> is left out.</summary>
    public bool Excludes(string fullPath)
    {
        bool excluded = false;
        foreach (Rule rule in _rules)
        {
            if (rule.Matcher.Match(rule.Folder, fullPath).HasMatches)
            {
                excluded = !rule.Negated;
            }
        }

        return excluded;
    }

    private void Add(string folder, string line)
    {
        string pattern = line.Trim();
        if (pattern.Length == 0 || pattern[0] == '#')
        {
            return;
        }

        bool negated = pattern[0] == '!';
        pattern = pattern.TrimStart('!').Replace('\\', '/');
        while (pattern.StartsWith("./", StringComparison.Ordinal))
        {
            pattern = pattern.Substring(1); // "./drafts" is "/drafts": anchored to the folder
        }

        bool foldersOnly = pattern.EndsWith('/');
        pattern = pattern.TrimEnd('/');
        bool anchored = pattern.Contains('/');
        pattern = pattern.TrimStart('/');
        if (pattern.Length == 0)
        {
            return;
        }

        string prefix = anchored ? string.Empty : "**/";
        var matcher = new Matcher(ArticlePaths.FileNameComparison);
        if (!foldersOnly)
        {
            matcher.AddInclude(prefix + pattern);
        }

        matcher.AddInclude(prefix + pattern + "/**");
        _rules.Add(new Rule(folder, matcher, negated));
    }

    private sealed record Rule(string Folder, Matcher Matcher, bool Negated);
}
