using System;
using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The credits line: <c>(Reporting by Kane Wu in Hong Kong; additional reporting by Andrew Galbraith; Editing by Jacqueline Wong)</c>,
/// with or without parentheses. Names are split on <c>,</c> and <c>and</c>; a trailing <c>in CITY</c> is dropped.
/// A malformed line (ART004) still counts as credits, but yields no names.
/// </summary>
internal static class CreditsLine
{
    /// <summary>"Additional reporting" and a little room for a misspelling.</summary>
    private const int MaxRoleLength = 24;

    /// <summary>True where the block reads like a credits line: a role, or a role-like word in parentheses, then "by".</summary>
    public static bool LooksLike(string block)
    {
        bool parenthesized = block.Length > 0 && block[0] == '(';
        int roleStart = parenthesized ? 1 : 0;
        int by = block.IndexOf(" by ", roleStart, Math.Min(block.Length - roleStart, MaxRoleLength + 4), StringComparison.OrdinalIgnoreCase);
        if (by <= roleStart)
        {
            return false;
        }

        string role = block.Substring(roleStart, by - roleStart);
        if (RoleIndex(role) >= 0)
        {
            return true;
        }

        // "(Reportng by ..." is a misspelt credits line, not a paragraph; a parenthesis and one or two words vouch for it.
        // "(Photo by ...)" and "(Video by ...)" credit a picture, not the story.
        return parenthesized && IsWords(role, maxWords: 2) && Array.IndexOf(CreditWords.Media, role.Trim().ToLowerInvariant()) < 0;
    }

    public static CreditsSpec? Parse(string block, SourceSpan span, List<Finding> findings)
    {
        string? problem = null, subject = block;
        string inner = block.TrimEnd('.');
        bool opens = inner.StartsWith("(", StringComparison.Ordinal), closes = inner.EndsWith(")", StringComparison.Ordinal);
        if (opens != closes || Count(inner, '(') != Count(inner, ')'))
        {
            problem = "its parentheses are unbalanced";
        }

        inner = inner.Trim('(', ')', ' ');
        var names = new[] { new List<string>(), new List<string>(), new List<string>(), new List<string>() };
        foreach (string rawSegment in inner.Split(';'))
        {
            string segment = rawSegment.Trim();
            int by = segment.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            int role = by > 0 ? RoleIndex(segment.Substring(0, by)) : -1;
            if (role < 0)
            {
                subject = by > 0 ? segment.Substring(0, by + 3) : segment;
                problem ??= by > 0 ? "the role is unknown" : "a part names no role";
                continue;
            }

            string people = segment.Substring(by + 4);
            int runOn = FindRunOnRole(people);
            if (runOn >= 0)
            {
                subject = segment;
                problem ??= "two roles run together without ';'";
                people = people.Substring(0, runOn);
            }

            foreach (string name in SplitNames(people))
            {
                if (name.Length == 0)
                {
                    subject = segment;
                    problem ??= "a name is empty";
                }
                else
                {
                    names[role].Add(name);
                }
            }
        }

        if (problem is not null)
        {
            findings.Add(new Finding(DiagnosticIds.MalformedCredits, span, subject, problem));
            return null;
        }

        return new CreditsSpec(names[0].ToEquatableArray(), names[1].ToEquatableArray(), names[2].ToEquatableArray(), names[3].ToEquatableArray());
    }

    private static int RoleIndex(string role)
    {
        string normalized = Text.Collapse(role, 0, role.Length);
        for (int i = 0; i < CreditWords.Roles.Length; i++)
        {
            if (string.Equals(normalized, CreditWords.Roles[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds a second role inside a list of names, as in <c>Kane Wu Editing by Darren Schuettler</c>.</summary>
    private static int FindRunOnRole(string people)
    {
        int by = people.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        while (by > 0)
        {
            foreach (string role in CreditWords.Roles)
            {
                int start = by - role.Length;
                if (start >= 0 && string.Compare(people, start, role, 0, role.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (start == 0 || people[start - 1] == ' '))
                {
                    return start;
                }
            }

            by = people.IndexOf(" by ", by + 1, StringComparison.OrdinalIgnoreCase);
        }

        return -1;
    }

    private static IEnumerable<string> SplitNames(string people)
    {
        foreach (string part in people.Split(','))
        {
            foreach (string name in part.Split(new[] { " and " }, StringSplitOptions.None))
            {
                yield return WithoutPlace(name.Trim());
            }
        }
    }

    /// <summary><c>Kane Wu in Hong Kong</c> is Kane Wu: the city says where the reporter was, not who.</summary>
    private static string WithoutPlace(string name)
    {
        int at = name.IndexOf(" in ", StringComparison.Ordinal);
        return at > 0 && at + 4 < name.Length && char.IsUpper(name[at + 4]) ? name.Substring(0, at) : name;
    }

    private static bool IsWords(string value, int maxWords)
    {
        string[] words = value.Split(' ');
        if (words.Length > maxWords)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word.Length == 0)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Count(string value, char c)
    {
        int count = 0;
        foreach (char x in value)
        {
            count += x == c ? 1 : 0;
        }

        return count;
    }
}
