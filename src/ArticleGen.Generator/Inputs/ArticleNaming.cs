using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Inputs;

/// <summary>
/// Maps article files to C# member names: <c>russian-military-team.txt</c> becomes <c>RussianMilitaryTeam</c>.
/// The generator (to emit) and the analyzer (to report ART009) share this, so they always agree.
/// </summary>
internal static class ArticleNaming
{
    /// <summary>
    /// Names an article must not take: members of the generated class (and its cache field), the inherited members
    /// of <see cref="object"/> (hiding them is warning CS0108), and the constants inside each
    /// <c>Constants.Name</c> class (a member may not share its class's name, CS0542).
    /// </summary>
    private static readonly string[] ReservedMembers =
    {
        "All", "Find", "Constants", "_all",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Headline", "Body", "Dateline", "Published", "Raw", "Path",
    };

    /// <summary>The name for one file: its <c>ArticleGenName</c> metadata if set, else the PascalCased file name.</summary>
    public static string BaseName(string path, string? nameOverride)
    {
        string source = string.IsNullOrWhiteSpace(nameOverride) ? Path.GetFileNameWithoutExtension(path) : nameOverride!.Trim();
        bool pascalCase = string.IsNullOrWhiteSpace(nameOverride);
        var name = new StringBuilder(source.Length);
        bool startOfWord = true;
        foreach (char c in source)
        {
            if (IsIdentifierPart(c))
            {
                name.Append(pascalCase && startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                // Separators such as '-', '.', ' ' start a new word and are dropped.
                startOfWord = true;
            }
        }

        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            name.Insert(0, name.Length == 0 ? "Article" : "_");
        }

        return name.ToString();
    }

    /// <summary>
    /// Gives each file a unique name. Files are taken in ordinal path order; the first keeps its name and later
    /// ones get a numeric suffix (<c>Name2</c>, <c>Name3</c>, ...). Returns the names in the order of <paramref name="files"/>.
    /// </summary>
    public static UniqueName[] AssignUnique(IReadOnlyList<(string Path, string? NameOverride)> files, string className)
    {
        var order = new int[files.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byPath = string.CompareOrdinal(files[a].Path, files[b].Path);
            return byPath != 0 ? byPath : a.CompareTo(b);
        });

        var taken = new HashSet<string>(ReservedMembers, StringComparer.Ordinal) { className };
        var firstOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new UniqueName[files.Count];
        foreach (int i in order)
        {
            string baseName = BaseName(files[i].Path, files[i].NameOverride);
            string name = baseName;
            for (int suffix = 2; !taken.Add(name); suffix++)
            {
                name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            firstOwner.TryGetValue(baseName, out string? clashesWith);
            if (clashesWith is null)
            {
                firstOwner[baseName] = files[i].Path;
            }

            result[i] = new UniqueName(EscapeKeyword(name), baseName, clashesWith);
        }

        return result;
    }

    /// <summary>Prefixes C# keywords with <c>@</c> so that they can be used as identifiers.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    private static bool IsIdentifierStart(char c) => c == '_' || SyntaxFacts.IsIdentifierStartCharacter(c);

    private static bool IsIdentifierPart(char c) =>
        c == '_' || (SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);
}

/// <param name="Identifier">The C# identifier to emit, keyword-escaped and unique.</param>
/// <param name="BaseName">The name before a suffix was added.</param>
/// <param name="DuplicateOf">The path of the earlier file that already had <see cref="BaseName"/>, or null.</param>
internal readonly record struct UniqueName(string Identifier, string BaseName, string? DuplicateOf);
