using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Finds the headline among the blocks above the article, in the manner of the chrome rules: a table of named
/// exclusions says what is never a candidate (<see cref="Exclusions"/>), and a table of named features, each with its
/// weight, scores the rest (<see cref="Features"/>). What a headline has around it (its date close by, its byline under
/// it, its words in the lede, its echo in the page's title bar) adds; being far from the article subtracts.
/// <see cref="Explain"/> tells, for one block, the exclusion that removed it or what each feature gave it.
/// </summary>
internal static class HeadlineFinder
{
    /// <summary>How far above the article's first block a headline is looked for.</summary>
    private const int HeadlineReach = 40;

    /// <summary>A headline's echo this many blocks away is the page's title bar, not a repeat in a list.</summary>
    private const int FarEcho = 10;

    /// <summary>A title about the story has at least this many words ("title above")...</summary>
    private const int TitleAboveWords = 5;

    /// <summary>...and at least this share of them in the lede.</summary>
    private const double TitleAboveLedeShare = 0.5;

    /// <summary>A block the exclusions let through, where it stands, and what the scoring reads around it.</summary>
    internal sealed class Candidate
    {
        private int _echo = -1;

        public Candidate(List<PageBlock> blocks, int index, int firstBody, LedeWords lede)
        {
            Blocks = blocks;
            Index = index;
            FirstBody = firstBody;
            Lede = lede;
        }

        public List<PageBlock> Blocks { get; }

        public int Index { get; }

        public int FirstBody { get; }

        /// <summary>The words of the article's first blocks, which a headline shares.</summary>
        public LedeWords Lede { get; }

        public PageBlock Block => Blocks[Index];

        /// <summary>Where the block's text stands again: 0 nowhere, 1 close by, 2 far away (<see cref="Echo"/>).</summary>
        public int EchoDistance => _echo >= 0 ? _echo : _echo = Echo(Blocks, Index);

        public bool DateBelow => Near(Blocks, Index, 1, 3, IsDate);
    }

    /// <summary>
    /// What is never a headline, in order; the first that holds names why. Captions, dates, bylines, bullets and
    /// calls to action are never candidates.
    /// </summary>
    private static readonly (string Name, Func<PageBlock, bool> Holds)[] Exclusions =
    {
        ("not title-sized", b => !IsTitleSized(b)),
        ("chrome words", b => b.Phrase is not null),
        ("bullet", b => b.IsBullet),
        ("form field or image", b => b.IsBracketed),
        ("article furniture", b => b.IsArticleFurniture),
        ("teaser", b => b.IsTeaser && !EndsWhole(b.Content)),
        ("ends with full stop", b => b.Content.EndsWith(".", StringComparison.Ordinal)),
        ("opens with a bracket", b => b.Content[0] == '('),
        ("caption", b => StartsLikeACaption(b.Content)),
        ("breadcrumb", b => IsBreadcrumb(b.Content)),
        ("opens with a symbol", b => !char.IsLetterOrDigit(FirstLetterOrDigit(b.Content))),
        ("date line", b => b.IsDateLine),
        ("byline", b => b.IsBylineLine),
        ("two sentences", b => HasTwoSentences(b.Content)),
        ("social handle", b => HasHandle(b.Content)),
        ("said twice", b => IsSaidTwice(b.Content)),
    };

    /// <summary>
    /// What makes a candidate the headline, in the order the score adds them up: each feature's value (1 or 0 where it
    /// holds or not, a share, or a count of blocks) times its weight. A page often shows its headline twice (in the
    /// title bar and above the article); that, and being close, count most.
    /// </summary>
    private static readonly (string Name, double Weight, Func<Candidate, double> Value)[] Features =
    {
        ("candidate", 1, _ => 1),
        ("title case", 0.5, c => c.Block.IsTitleCase ? 1 : 0),
        ("title length", 0.5, c => HasTitleLength(c.Block) ? 1 : 0),
        ("far echo", 2, c => c.EchoDistance == 2 ? 1 : 0),
        ("near echo", 0.5, c => c.EchoDistance == 1 ? 1 : 0),
        ("date below", 1.5, c => c.DateBelow ? 1 : 0),
        ("date above", 1.2, c => !c.DateBelow && Near(c.Blocks, c.Index, -3, -1, IsDate) ? 1 : 0),
        ("byline below", 1, c => Near(c.Blocks, c.Index, 1, 3, IsByline) ? 1 : 0),
        ("leading digit", -0.5, c => char.IsDigit(c.Block.Content[0]) ? 1 : 0),
        ("lede words", 1.5, c => c.Lede.ShareOf(c.Block.Content)),
        ("title above", -1, c => TitleAbove(c) ? 1 : 0),
        ("playlist", -3, c => IsSaidThriceClose(c.Blocks, c.Index) ? 1 : 0),
        ("distance", -0.05, c => c.FirstBody - c.Index),
    };

    /// <summary>One feature's part in a candidate's score.</summary>
    internal readonly record struct Contribution(string Feature, double Value, double Weight)
    {
        public double Points => Weight * Value;
    }

    /// <summary>Why a block is or is not the headline: the exclusion that removed it, or what each feature gave it.</summary>
    internal sealed record Explanation(int Block, string? Exclusion, IReadOnlyList<Contribution> Contributions)
    {
        /// <summary>The score, added up as <see cref="Find"/> adds it; 0 for a block that is no candidate.</summary>
        public double Score
        {
            get
            {
                double score = 0;
                foreach (Contribution contribution in Contributions)
                {
                    score += contribution.Points;
                }

                return score;
            }
        }

        /// <summary>The features that gave this block points, the most first.</summary>
        public IEnumerable<string> Held
        {
            get
            {
                var held = new List<Contribution>();
                foreach (Contribution contribution in Contributions)
                {
                    if (contribution.Points != 0)
                    {
                        held.Add(contribution);
                    }
                }

                held.Sort((x, y) => y.Points.CompareTo(x.Points));
                foreach (Contribution contribution in held)
                {
                    yield return contribution.Feature;
                }
            }
        }

        /// <summary>The feature that puts this block furthest ahead of <paramref name="other"/>.</summary>
        public string? WinsOverBy(Explanation other)
        {
            string? best = null;
            double lead = 0;
            foreach (Contribution contribution in Contributions)
            {
                double difference = contribution.Points - PointsOf(other, contribution.Feature);
                if (difference > lead)
                {
                    best = contribution.Feature;
                    lead = difference;
                }
            }

            return best;
        }

        private static double PointsOf(Explanation explanation, string feature)
        {
            foreach (Contribution contribution in explanation.Contributions)
            {
                if (contribution.Feature == feature)
                {
                    return contribution.Points;
                }
            }

            return 0;
        }
    }

    /// <summary>
    /// The headline: a title-like block (a few words, no closing full stop) shortly before the article, the one with
    /// the best score.
    /// </summary>
    public static int Find(List<PageBlock> blocks, int firstBody) => Find(blocks, firstBody, firstBody, out _);

    /// <summary>
    /// The headline of a lede that opens with a dateline below the start of the article's run: the better of the
    /// titles over the run and over the lede, each weighed against the lede's words. Between them may stand a gallery
    /// or a video playlist of titles of its own (sh-0150), or the run may have begun in a gallery over its captions (sh-0122).
    /// </summary>
    public static int Find(List<PageBlock> blocks, int runStart, int lede)
    {
        int overRun = Find(blocks, runStart, lede, out double runScore), overLede = Find(blocks, lede, lede, out double ledeScore);
        return ledeScore > runScore ? overLede : overRun;
    }

    private static int Find(List<PageBlock> blocks, int firstBody, int ledeAt, out double bestScore)
    {
        int past = PastDateAndByline(blocks, firstBody);
        int best = -1, from = Math.Max(0, firstBody - HeadlineReach);
        bestScore = 0;
        LedeWords lede = LedeWords.Of(blocks, ledeAt);
        for (int b = from; b <= past && b < blocks.Count; b++)
        {
            double score = StandsWhereATitleMay(blocks, b, firstBody, past) ? HeadlineScore(blocks, b, past, LedeOf(blocks, b, firstBody, lede)) : 0;
            if (score > bestScore)
            {
                best = b;
                bestScore = score;
            }
        }

        // A headline shown twice close together (above the article, then over its picture) is the first one.
        for (int b = from; b < best; b++)
        {
            if (string.Equals(blocks[b].Content, blocks[best].Content, StringComparison.OrdinalIgnoreCase))
            {
                return b;
            }
        }

        // A trail of sections that ends on the title, over the title alone ("4. Does Marie Yovanovitch Have a Net Worth
        // of $17 Million?", "HomeSPORT NEWSBREAKING NEWS: Chelsea Activate ..."): the title is the one without the trail.
        return best >= 0 && best + 1 < blocks.Count && LeadsTo(blocks[best].Content, blocks[best + 1].Content) && ExclusionOf(blocks[best + 1]) is null ? best + 1 : best;
    }

    /// <summary><paramref name="trail"/> is <paramref name="title"/> with a few characters of sections or a list's number before it.</summary>
    private static bool LeadsTo(string trail, string title)
    {
        int before = trail.Length - title.Length;
        return before > 0 && before <= MaxTrailBeforeTitle && title.IndexOf(' ') > 0
            && string.Compare(trail, before, title, 0, title.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The most characters of sections a trail holds before the title it ends on: "Home > Sport News > ".</summary>
    private const int MaxTrailBeforeTitle = 40;

    /// <summary>
    /// Where the article's run opens on its date line or byline, the headline may stand under them ("Von Moritz
    /// Bachmann publiziert am 25. September 2018" over the title): the search reaches the first block past them.
    /// </summary>
    private static int PastDateAndByline(List<PageBlock> blocks, int firstBody)
    {
        int past = firstBody;
        while (past + 1 < blocks.Count && past - firstBody < MaxHeaderBlocksInRun && (blocks[past].IsDateLine || blocks[past].IsBylineLine))
        {
            past++;
        }

        return past;
    }

    /// <summary>A date line and a byline, each on its own block, at most.</summary>
    private const int MaxHeaderBlocksInRun = 2;

    /// <summary>Above the article, or past its start (its date line and byline) only with a title's length.</summary>
    private static bool StandsWhereATitleMay(List<PageBlock> blocks, int b, int firstBody, int past) =>
        b <= past && (b <= firstBody || HasTitleLength(blocks[b]));

    /// <summary>
    /// What a candidate's words are looked for in: the article's first blocks, or, for a block the article's run took
    /// in, the blocks under it, since a block is not its own lede.
    /// </summary>
    private static LedeWords LedeOf(List<PageBlock> blocks, int b, int firstBody, LedeWords lede) =>
        b < firstBody ? lede : LedeWords.Of(blocks, b + 1);

    /// <summary>Block <paramref name="b"/>'s score as a headline, feature by feature, or the exclusion that removed it.</summary>
    public static Explanation Explain(List<PageBlock> blocks, int b, int firstBody)
    {
        int past = PastDateAndByline(blocks, firstBody);
        string? exclusion = StandsWhereATitleMay(blocks, b, firstBody, past) ? ExclusionOf(blocks[b]) : "past the article's start";
        var contributions = new List<Contribution>();
        if (exclusion is null)
        {
            var candidate = new Candidate(blocks, b, past, LedeOf(blocks, b, firstBody, LedeWords.Of(blocks, firstBody)));
            foreach ((string name, double weight, Func<Candidate, double> value) in Features)
            {
                contributions.Add(new Contribution(name, value(candidate), weight));
            }
        }

        return new Explanation(b, exclusion, contributions);
    }

    /// <summary>The name of the first exclusion that holds for the block, or null for a candidate.</summary>
    internal static string? ExclusionOf(PageBlock block)
    {
        foreach ((string name, Func<PageBlock, bool> holds) in Exclusions)
        {
            if (holds(block))
            {
                return name;
            }
        }

        return null;
    }

    private static double HeadlineScore(List<PageBlock> blocks, int b, int firstBody, LedeWords lede)
    {
        if (ExclusionOf(blocks[b]) is not null)
        {
            return 0;
        }

        var candidate = new Candidate(blocks, b, firstBody, lede);
        double score = 0;
        foreach ((_, double weight, Func<Candidate, double> value) in Features)
        {
            score += weight * value(candidate);
        }

        return score;
    }

    /// <summary>A few words, or a short run of letters where words have no spaces between them (Chinese, Japanese).</summary>
    private static bool IsTitleSized(PageBlock block) =>
        (block.Words >= 3 && block.Words <= 30) || (block.IsUnspaced && block.Characters >= 8 && block.Characters <= 60);

    private static bool HasTitleLength(PageBlock block) => block.Words >= 5 && block.Words <= 20;

    /// <summary>A block within the given distance holds what a headline has around it: its date, its byline.</summary>
    private static bool Near(List<PageBlock> blocks, int b, int from, int to, Func<PageBlock, bool> holds)
    {
        int step = from > 0 ? 1 : -1, reach = Math.Abs(to - from) + 1;
        for (int other = b + (from > 0 ? from : to); other >= 0 && other < blocks.Count && reach > 0; other += step)
        {
            if (holds(blocks[other]))
            {
                return true;
            }

            // Share buttons with no words ("•") between a headline and its date or byline under it do not set them apart.
            reach -= step > 0 && blocks[other].Characters == 0 ? 0 : 1;
        }

        return false;
    }

    /// <summary>Captions and their labels: "Image: ...", "Media caption ...", "Photo ...".</summary>
    private static bool StartsLikeACaption(string content) =>
        Array.Exists(CreditWords.CaptionOpenings, opening => content.StartsWith(opening, StringComparison.OrdinalIgnoreCase));

    /// <summary>A trail of sections: "Mac &amp; i > News > 2015 > KW 15 > ...".</summary>
    private static bool IsBreadcrumb(string content)
    {
        int first = content.IndexOf(" > ", StringComparison.Ordinal), second = first < 0 ? -1 : content.IndexOf(" > ", first + 3, StringComparison.Ordinal);
        int chevron = content.IndexOf(" \u00BB ", StringComparison.Ordinal);
        return second > 0 || (chevron >= 0 && content.IndexOf(" \u00BB ", chevron + 3, StringComparison.Ordinal) > 0);
    }

    /// <summary>
    /// A sentence ends inside the block and another begins: "... for two years. Source: Supplied". A lower-case word
    /// before the full stop tells it from an abbreviation ("U.S. Army", "Mr. Smith", "vs. Biden").
    /// </summary>
    private static bool HasTwoSentences(string content)
    {
        for (int i = content.IndexOf(". ", StringComparison.Ordinal); i > 0 && i + 2 < content.Length; i = content.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            int start = i;
            while (start > 0 && char.IsLetter(content[start - 1]))
            {
                start--;
            }

            if (i - start >= 3 && char.IsLower(content[start]) && char.IsUpper(content[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A social-media handle ("@TomGillespie1"): a reporter's line, a share prompt, never a title.</summary>
    private static bool HasHandle(string content)
    {
        for (int i = content.IndexOf('@'); i >= 0 && i + 1 < content.Length; i = content.IndexOf('@', i + 1))
        {
            if ((i == 0 || char.IsWhiteSpace(content[i - 1])) && (char.IsLetterOrDigit(content[i + 1]) || content[i + 1] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A title that looks cut but is whole: it ends on a word titles end on ("the truth comes out"), or its ellipsis
    /// follows a closing quote, as "and so on" after a list of names does ("«Vape Wave», «6 Days», «Alphonse
    /// Président»…"); a teaser is cut in the middle of its words.
    /// </summary>
    private static bool EndsWhole(string content)
    {
        int dots = content.EndsWith("\u2026", StringComparison.Ordinal) ? 1 : content.EndsWith("...", StringComparison.Ordinal) ? 3 : 0;
        if (dots > 0 && content.Length > dots && content[content.Length - dots - 1] is '\u00BB' or '\u201D' or '"' or ')')
        {
            return true;
        }

        int start = content.Length;
        while (start > 0 && char.IsLetter(content[start - 1]))
        {
            start--;
        }

        string last = content.Substring(start);
        return start > 0 && Array.Exists(FunctionWords.TitleEnders, o => string.Equals(o, last, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The text that opens <paramref name="content"/> ends there, alone or before a separator ("Headline | Site"):
    /// "Xbox One X" does not stand again in "Xbox One X review: A console ...", which is a longer title.
    /// </summary>
    private static bool StandsAloneAt(string content, int length)
    {
        int next = length;
        while (next < content.Length && char.IsWhiteSpace(content[next]))
        {
            next++;
        }

        return next == content.Length || !char.IsLetterOrDigit(content[next]);
    }

    /// <summary>The same words twice in a row, as a picture's label and its caption run together: "The PlayStation VRThe PlayStation VR".</summary>
    private static bool IsSaidTwice(string content)
    {
        string text = content.Replace(" ", "");
        return text.Length >= 8 && text.Length % 2 == 0 && string.CompareOrdinal(text, 0, text, text.Length / 2, text.Length / 2) == 0;
    }

    /// <summary>
    /// The block right above is a title about the story: a candidate of a title's length, half of whose words the lede
    /// uses. This one, under it, is what a page puts between a headline and its article (a standfirst, a picture's
    /// label, a date and byline line): "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée" over
    /// "Le Monde | 04.05.2015 à 13h36 ... | Par Martin Untersinger", "Column: The Gannett/GateHouse merger sends a
    /// dismal signal about the future of local news" over "Gannett headquarters building". A block above that ends with
    /// this one's text is a trail of sections that leads to it ("HomeLatest NewsNollywood Actress, Kate Henshaw ..."), not
    /// another title.
    /// </summary>
    private static bool TitleAbove(Candidate candidate)
    {
        int above = candidate.Index - 1;
        return above >= 0 && candidate.Blocks[above].Words >= TitleAboveWords && ExclusionOf(candidate.Blocks[above]) is null
            && candidate.Lede.ShareOf(candidate.Blocks[above].Content) >= TitleAboveLedeShare
            && !candidate.Blocks[above].Content.EndsWith(candidate.Block.Content, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDate(PageBlock block) => block.IsDateLine;

    private static bool IsByline(PageBlock block) => block.IsBylineLine;

    private static char FirstLetterOrDigit(string content)
    {
        foreach (char c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }

            if (c is not ('"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '('))
            {
                return c;
            }
        }

        return ' ';
    }

    /// <summary>
    /// Two characters may be one but for case: false only where both are ASCII and differ past case. Every block of the
    /// page is asked against each candidate; most open on another letter, and skip the comparison ignoring case.
    /// </summary>
    private static bool MayBeSameLetter(char a, char b) => (a | b) >= 128 || AsciiUpper(a) == AsciiUpper(b);

    private static int AsciiUpper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? c - 32 : c;

    /// <summary>
    /// The block's text stands twice more within a few blocks: a video's title in its player, its picture's text and its
    /// "just watched" line (sh-0150), which a headline, said at most twice close together, is not.
    /// </summary>
    private static bool IsSaidThriceClose(List<PageBlock> blocks, int b)
    {
        int copies = 0;
        for (int other = Math.Max(0, b - PlaylistReach); other < blocks.Count && other <= b + PlaylistReach; other++)
        {
            copies += other != b && string.Equals(blocks[other].Content, blocks[b].Content, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return copies >= 2;
    }

    /// <summary>How far around a candidate its copies make a playlist.</summary>
    private const int PlaylistReach = 6;

    /// <summary>
    /// The block's text stands again elsewhere on the page, alone or opening a title bar ("Headline | Site"): 2 far away
    /// (the title bar at the top), where it says "headline"; 1 close by, where it is as often a playlist or a caption; 0 nowhere.
    /// </summary>
    private static int Echo(List<PageBlock> blocks, int b)
    {
        string headline = blocks[b].Content;
        int echo = 0;
        for (int other = 0; other < blocks.Count; other++)
        {
            string content = blocks[other].Content;
            if (other != b && content.Length >= headline.Length && content.Length < headline.Length + 60 && MayBeSameLetter(content[0], headline[0])
                && content.StartsWith(headline, StringComparison.OrdinalIgnoreCase) && StandsAloneAt(content, headline.Length))
            {
                echo = Math.Max(echo, Math.Abs(other - b) >= FarEcho ? 2 : 1);
            }
        }

        return echo;
    }
}
