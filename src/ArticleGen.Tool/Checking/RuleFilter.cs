using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Tool.Cli;

namespace ArticleGen.Tool.Checking;

/// <summary>
/// The rules chosen on the command line: <c>--only ID,...</c> keeps only those, <c>--skip ID,...</c> leaves those out
/// (both may be repeated; <c>--skip</c> wins over <c>--only</c>). IDs are catalogue IDs, in any case.
/// </summary>
internal sealed class RuleFilter
{
    private RuleFilter(IReadOnlySet<string>? only, IReadOnlySet<string> skip)
    {
        Only = only;
        Skip = skip;
    }

    public static RuleFilter All { get; } = new(null, new HashSet<string>());

    /// <summary>The rules named by <c>--only</c>, or null where it was not given.</summary>
    public IReadOnlySet<string>? Only { get; }

    public IReadOnlySet<string> Skip { get; }

    /// <param name="known">The IDs that may be named; by default the catalogue's.</param>
    public static RuleFilter From(Arguments arguments, IReadOnlyCollection<string>? known = null)
    {
        known ??= DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        HashSet<string>? only = arguments.Has("only") ? Ids(arguments, "only", known) : null;
        if (only is { Count: 0 })
        {
            throw new UsageException("--only needs at least one ID, e.g. --only ART005");
        }

        return new RuleFilter(only, Ids(arguments, "skip", known));
    }

    public bool Includes(string id) => (Only is null || Only.Contains(id)) && !Skip.Contains(id);

    private static HashSet<string> Ids(Arguments arguments, string option, IReadOnlyCollection<string> known)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in arguments.List(option).Select(i => i.ToUpperInvariant()))
        {
            if (!known.Contains(id))
            {
                throw new UsageException($"--{option}: '{id}' is not a rule; the rules are {string.Join(", ", known.Order(StringComparer.Ordinal))} ('articlegen rules' lists them)");
            }

            ids.Add(id);
        }

        return ids;
    }
}
