using System;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>The block cache's hash agrees with the comparison it is used with: texts equal but for case hash alike.</summary>
public class CaselessHashTests
{
    private static readonly string[] Texts =
    {
        "Trump", "trump", "TRUMP", "state", "STATE", "\u017Ftate", "Kelvin", "\u212Aelvin", "kelvin", "Istan", "\u0131stan",
        "\u0130stan", "istan", "\u00C9cole", "\u00E9cole", "ECOLE", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u043C\u043E\u0441\u043A\u0432\u0430",
        "Straße", "STRASSE", "\u2018Quoted\u2019", "\u2018QUOTED\u2019", "\U00010400x", "\U00010428x", "\U00010428X", "\uD801", "\uDC00",
        "记者：肖春芳", "", " ",
    };

    [Fact]
    public void Texts_equal_but_for_case_hash_alike()
    {
        foreach (string a in Texts)
        {
            foreach (string b in Texts)
            {
                if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(CaselessHash.Of(a) == CaselessHash.Of(b), $"{a} / {b}");
                }
            }
        }
    }

    [Fact]
    public void Texts_that_differ_hash_apart()
    {
        Assert.NotEqual(CaselessHash.Of("Home"), CaselessHash.Of("Hone"));
        Assert.NotEqual(CaselessHash.Of("ab"), CaselessHash.Of("ba"));
        Assert.NotEqual(CaselessHash.Of("记者"), CaselessHash.Of("者记"));
    }
}
