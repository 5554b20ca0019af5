using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A gallery set into the page: slides whose captions open with their place in it, "• 47/50 Tesco jet still left on
/// shelf", "* 1/5 Am Freitagabend krachte ...". A slide is its caption's block and the blocks up to the next slide
/// (its text, its credit); the last is as long as most slides before it. The captions are prose, but another text than
/// the article's: inside the article they are set aside (ART012), never chrome.
/// </summary>
internal static class Gallery
{
    /// <summary>Where the block stands in a gallery, its caption opening with it: slide <c>Number</c> of <c>Of</c>, or null.</summary>
    public static (int Number, int Of)? SlideOf(string content)
    {
        int at = 0;
        while (at < content.Length && (Punctuation.IsBullet(content[at]) || content[at] == ' '))
        {
            at++;
        }

        int number = ReadNumber(content, ref at);
        if (number < 1 || at >= content.Length || content[at] != '/')
        {
            return null;
        }

        at++;
        int of = ReadNumber(content, ref at);
        // The caption follows its place; a place alone on its line ("1/5") pages through a slideshow that is the article.
        bool captioned = at + 1 < content.Length && content[at] == ' ' && char.IsLetterOrDigit(content[at + 1]);
        return captioned && of >= Settings.MinGallerySlides && number <= of ? (number, of) : null;
    }

    /// <summary>Marks the blocks of every gallery: at least <see cref="Settings.MinGallerySlides"/> slides numbered one after another, of the same count.</summary>
    public static void Mark(List<PageBlock> blocks)
    {
        var slides = new List<int>();
        (int Number, int Of) previous = default;
        for (int b = 0; b < blocks.Count; b++)
        {
            (int Number, int Of)? slide = blocks[b].Facts.Slide;
            if (slide is null)
            {
                continue;
            }

            bool next = slides.Count > 0 && slide.Value.Of == previous.Of && slide.Value.Number == previous.Number + 1;
            if (!next)
            {
                MarkSlides(blocks, slides);
                slides.Clear();
            }

            slides.Add(b);
            previous = slide.Value;
        }

        MarkSlides(blocks, slides);
    }

    private static void MarkSlides(List<PageBlock> blocks, List<int> slides)
    {
        if (slides.Count < Settings.MinGallerySlides)
        {
            return;
        }

        int end = System.Math.Min(blocks.Count, slides[slides.Count - 1] + MostCommonLength(slides));
        for (int b = slides[0]; b < end; b++)
        {
            blocks[b].InGallery = true;
        }
    }

    /// <summary>How many blocks most slides hold: the last slide, which no next one closes, is taken to hold as many.</summary>
    private static int MostCommonLength(List<int> slides)
    {
        var counts = new Dictionary<int, int>();
        int best = 1, bestCount = 0;
        for (int s = 1; s < slides.Count; s++)
        {
            int length = slides[s] - slides[s - 1];
            int count = counts[length] = counts.TryGetValue(length, out int seen) ? seen + 1 : 1;
            if (count > bestCount || (count == bestCount && length < best))
            {
                (best, bestCount) = (length, count);
            }
        }

        return best;
    }

    /// <summary>A number of one to three digits at <paramref name="at"/>, or -1.</summary>
    private static int ReadNumber(string content, ref int at)
    {
        int start = at, value = 0;
        while (at < content.Length && at - start < 3 && content[at] >= '0' && content[at] <= '9')
        {
            value = (value * 10) + (content[at++] - '0');
        }

        return at == start || (at < content.Length && char.IsDigit(content[at])) ? -1 : value;
    }
}
