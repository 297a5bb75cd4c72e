using System.Globalization;
using System.Text;

namespace WebTasks.Planner.Planning;

/// <summary>
/// A task names a local thing in Latin letters ("dokhona", "zaatar") that the page writes in its own script ("दखना",
/// "زعتر"). The two are the same word when their consonants, read in Latin letters, are the same: vowels, h, w and y
/// are left out (scripts write them differently or not at all), and letters transcribed either way are one (c, k, q;
/// v, b).
/// </summary>
public static class Sounds
{
    /// <summary>Fewer consonants than this match too many words to say anything.</summary>
    private const int MinConsonants = 3;

    /// <summary>Brahmic letters by their place in a script's block, which the Indic scripts share (क, ক, ਕ, ક, କ, க, క, ಕ, ക: ka).</summary>
    private static readonly string[] Brahmic = BuildBrahmic();

    private static readonly Dictionary<char, string> Letters = new()
    {
        // Cyrillic
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "o", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh",
        ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "u", ['я'] = "a", ['і'] = "i", ['ї'] = "i",
        ['є'] = "e", ['ґ'] = "g", ['ў'] = "u", ['қ'] = "q", ['ғ'] = "gh", ['ң'] = "ng", ['ү'] = "u", ['ұ'] = "u", ['һ'] = "h",
        ['ә'] = "a", ['ө'] = "o", ['ҳ'] = "h", ['ҷ'] = "j",

        // Greek
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['ς'] = "s", ['τ'] = "t", ['υ'] = "i", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",

        // Arabic, Persian and Urdu: consonants, with alef, waw and ya read as the vowels they mostly are
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j", ['ح'] = "h",
        ['خ'] = "kh", ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d",
        ['ط'] = "t", ['ظ'] = "z", ['ع'] = "", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "q", ['ك'] = "k", ['ل'] = "l", ['م'] = "m",
        ['ن'] = "n", ['ه'] = "h", ['ة'] = "a", ['و'] = "w", ['ي'] = "y", ['ى'] = "a", ['ء'] = "", ['ئ'] = "y", ['ؤ'] = "w",
        ['پ'] = "p", ['چ'] = "ch", ['ژ'] = "zh", ['گ'] = "g", ['ک'] = "k", ['ی'] = "y", ['ے'] = "e", ['ٹ'] = "t", ['ڈ'] = "d",
        ['ڑ'] = "r", ['ں'] = "n", ['ھ'] = "h",
    };

    /// <summary>Whether a word in Latin letters and a word in another script are the same word by their consonants.</summary>
    public static bool Alike(string latin, string other)
    {
        if (!IsLatin(latin) || IsLatin(other))
        {
            return false;
        }

        var skeleton = Skeleton(Romanize(other));
        return skeleton.Length >= MinConsonants && skeleton == Skeleton(latin);
    }

    private static bool IsLatin(string word) => word.All(c => c < 0x250 && !char.IsDigit(c));

    /// <summary>The word in Latin letters, letter by letter; letters of scripts not known here are left out.</summary>
    private static string Romanize(string word)
    {
        var latin = new StringBuilder();
        foreach (var c in word.ToLowerInvariant())
        {
            if (c is >= '\u0900' and <= '\u0D7F')
            {
                latin.Append(Brahmic[(c - 0x900) % 0x80]);
            }
            else if (Letters.TryGetValue(c, out var letters))
            {
                latin.Append(letters);
            }
        }

        return latin.ToString();
    }

    /// <summary>The consonants of a word in Latin letters, without marks, those transcribed either way made one, doubled ones once.</summary>
    private static string Skeleton(string latin)
    {
        var skeleton = new StringBuilder();
        foreach (var c in latin.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsAsciiLetterLower(c) || "aeiouhwy".Contains(c))
            {
                continue;
            }

            var one = c switch { 'c' or 'q' => 'k', 'v' => 'b', _ => c };
            if (skeleton.Length == 0 || skeleton[^1] != one)
            {
                skeleton.Append(one);
            }
        }

        return skeleton.ToString();
    }

    private static string[] BuildBrahmic()
    {
        // Vowels, vowel signs and marks are left out as the skeleton leaves vowels out.
        var letters = new string[0x80];
        Array.Fill(letters, "");
        string[] consonants =
        [
            "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n",
            "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h",
        ];
        consonants.CopyTo(letters, 0x15);
        string[] extra = ["k", "kh", "gh", "z", "r", "rh", "f", "y"];
        extra.CopyTo(letters, 0x58);
        return letters;
    }
}
