namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>Small article texts for the analyzer and code-fix tests, written as the catalogue describes them.</summary>
internal static class Articles
{
    public const string Headline = "Russian military team arrived in Caracas";

    public const string Body =
        "A spokeswoman for the Russian foreign ministry said Russia had sent a team\n" +
        "of specialists to Venezuela to discuss military cooperation.\n";

    public const string Credits = "(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";

    /// <summary>A curated article with every part in place: it must raise nothing at all.</summary>
    public const string Clean =
        Headline + "\n" +
        "\n" +
        "[March 28, 2019]\n" +
        "\n" +
        "MOSCOW (Reuters) - Members of the Russian military have arrived in\n" +
        "Venezuela but will not take part in military operations.\n" +
        "\n" +
        Body +
        "\n" +
        Credits +
        "\n" +
        "Copyright 2019 Reuters. All rights reserved.\n";

    /// <summary>The clean article with its lede (dateline included) replaced.</summary>
    public static string WithLede(string lede) => Clean.Replace(
        "MOSCOW (Reuters) - Members of the Russian military have arrived in\nVenezuela but will not take part in military operations.\n",
        lede);

    /// <summary>The clean article with <paramref name="insert"/> between its two body paragraphs.</summary>
    public static string WithBetweenParagraphs(string insert) => Clean.Replace("\n\n" + Body, "\n\n" + insert + Body);
}
