using System;
using System.Collections.Generic;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>The headline's stem set finds exactly what a set of strings compared ignoring case (ordinal) finds.</summary>
public class StemSetTests
{
    private static readonly string[] Stems =
    {
        "Trump", "trump", "TRUMP", "state", "STATE", "\u017Ftate", "Kelvin", "\u212Aelvin", "kelvin", "Istan", "\u0131stan",
        "\u0130stan", "istan", "\u00C9cole", "\u00E9cole", "ECOLE", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u043C\u043E\u0441\u043A\u0432\u0430",
        "news", "headl", "Straße", "STRASS",
    };

    [Fact]
    public void Finds_what_an_ordinal_ignore_case_set_finds()
    {
        foreach (string added in Stems)
        {
            var set = new StemSet();
            set.Add("(" + added + ")", 1, added.Length);
            var reference = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { added };
            foreach (string asked in Stems)
            {
                Assert.True(reference.Contains(asked) == set.Contains(" " + asked + " ", 1, asked.Length), $"{added} / {asked}");
            }
        }
    }
}
