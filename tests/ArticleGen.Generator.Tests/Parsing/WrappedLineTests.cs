using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>
/// A text renderer wraps long lines; the parser joins a paragraph's lines again. Between words a line break becomes a
/// space; inside Chinese or Japanese writing, which spaces no words, it is where the page wrapped (rd-gmw, rd-youth,
/// sh-0172: "美国联邦航" over "空管理局") and becomes nothing.
/// </summary>
public class WrappedLineTests
{
    [Theory]
    [InlineData("美国联邦航\n空管理局", "美国联邦航空管理局")]
    [InlineData("美国联邦航\r\n空管理局", "美国联邦航空管理局")]
    [InlineData("美国联邦航\r空管理局", "美国联邦航空管理局")]
    [InlineData("用意されていま\nす。", "用意されています。")]
    [InlineData("研究，\n以验证", "研究，以验证")]
    [InlineData("Kindle\nfor PC", "Kindle for PC")]
    [InlineData("安装Kindle\nfor PC", "安装Kindle for PC")]
    [InlineData("习近平 国家主席", "习近平 国家主席")]
    [InlineData("한국어\n문장", "한국어 문장")]
    public void A_line_break_inside_Chinese_or_Japanese_joins_without_a_space(string text, string joined) =>
        Assert.Equal(joined, Text.Collapse(text, 0, text.Length));

    [Fact]
    public void A_wrapped_Chinese_paragraph_reads_as_written()
    {
        const string first = "事实上，有证据表明，早在上世纪八十年代就澄清了这一传言。1985年，美国联邦航空管理局开展了一项研究，以验证人在不同的海拔高度饮酒，是否会影响执行复杂任务时的表现和酒精测定仪的读数。";
        const string second = "在这项研究中，17名男子被要求在地面和一间模拟海拔3.7公里的房间内喝下一些伏特加，然后在一个飞行模拟器上完成一系列任务，研究人员记录了他们的表现和呼吸中的酒精含量。";
        string page = "宇航员在太空中喝酒会怎么样\n\n" + Wrap(first) + "\n\n" + Wrap(second) + "\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { first, second }, result.Article.Paragraphs);
    }

    /// <summary>Wraps as w3m does, every 38 characters.</summary>
    private static string Wrap(string paragraph)
    {
        var lines = new System.Collections.Generic.List<string>();
        for (int at = 0; at < paragraph.Length; at += 38)
        {
            lines.Add(paragraph.Substring(at, System.Math.Min(38, paragraph.Length - at)));
        }

        return string.Join("\n", lines);
    }
}
