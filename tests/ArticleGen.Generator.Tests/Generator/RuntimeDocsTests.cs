using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// The runtime types' documentation shows values the generator really gives: each example (the first <c>&lt;c&gt;</c> of a
/// parameter's doc, as IntelliSense shows it) is what the parser reads from an article that holds exactly that example.
/// </summary>
public class RuntimeDocsTests
{
    private const string Head = "Headline of the story\n\n[March 28, 2019]\n\n";
    private const string Tail = "\n\nA view of the city. REUTERS/Carlos Garcia Rawlins\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";

    [Fact]
    public void Dateline_examples_are_the_values()
    {
        DatelineSpec caracas = Parse("CARACAS, Venezuela (Reuters) - The army said.").Dateline!;
        DatelineSpec rochester = Parse("ROCHESTER, N.Y., Feb 26 - Shares rose.").Dateline!;
        Dictionary<string, string> docs = Examples("T:ArticleGen.Dateline");

        Assert.Equal(docs["Location"], caracas.Location);
        Assert.Equal(docs["Region"], caracas.Region);
        Assert.Equal(docs["Date"], rochester.Date);
        Assert.Equal(docs["Agency"], caracas.Agency);
        Assert.Equal(docs["Text"], caracas.Text);
    }

    [Fact]
    public void The_location_is_in_capitals_and_the_text_as_written()
    {
        DatelineSpec dateline = Parse("Caracas, Venezuela\n(Reuters) - The army said.").Dateline!;

        Assert.Equal(("CARACAS", "Caracas, Venezuela (Reuters) -"), (dateline.Location, dateline.Text));
    }

    [Fact]
    public void Photo_examples_are_the_values()
    {
        PhotoSpec photo = Assert.Single(Parse("CARACAS, Venezuela (Reuters) - The army said.").Photos);
        Dictionary<string, string> docs = Examples("T:ArticleGen.Photo");

        Assert.Equal(docs["Credit"], photo.Credit);
        Assert.Equal(docs["Photographer"], photo.Photographer);
        Assert.Equal(docs["Agency"], photo.Agency);
    }

    private static ParsedArticle Parse(string lede) => ArticleParser.Parse(Head + lede + Tail).Article;

    /// <summary>Each parameter's first example in the XML documentation that ships with ArticleGen.dll.</summary>
    private static Dictionary<string, string> Examples(string member)
    {
        string xml = Path.ChangeExtension(typeof(Article).Assembly.Location, ".xml");
        XElement doc = XDocument.Load(xml).Descendants("member").Single(m => (string?)m.Attribute("name") == member);
        return doc.Elements("param")
            .Where(p => p.Element("c") is not null)
            .ToDictionary(p => (string)p.Attribute("name")!, p => p.Element("c")!.Value, StringComparer.Ordinal);
    }
}
