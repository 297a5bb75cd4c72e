using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class FieldMatcherTests
{
    private static double Score(string field, string type, string read, params string[] hints) =>
        FieldMatcher.Score(new RecordField(field, type, true), new SurveySource { Sel = "", Read = read, Hints = hints });

    [Fact]
    public void Names_split_camel_snake_and_kebab_case_and_fold_plurals() =>
        FieldMatcher.Tokens("startDate_local-Prices").ShouldBe(["start", "date", "local", "price"]);

    [Theory]
    [InlineData("nextExamDate", "prochaine session d'examen", 0.7)]
    [InlineData("nextExamDate", "prochaine session", 0.5)]
    [InlineData("examDate", "examen", 0.5)]
    public void A_label_naming_every_word_that_tells_a_field_apart_but_its_kind_names_it_nearly_as_well(string field, string label, double expected) =>
        FieldMatcher.NameScore(FieldMatcher.Tokens(field), FieldMatcher.Tokens(label)).ShouldBe(expected);

    [Fact]
    public void A_label_written_with_the_numbers_the_description_quotes_names_the_field_and_one_with_other_numbers_less()
    {
        var trek = new RecordField("trek1DayRub", "number", true) { Description = "price per person of a one-day reindeer trek (🦌 Нулгивун, 1 инэӈи (1 бэе)) in roubles, not the three-day trek" };
        double Named(string header) => FieldMatcher.Score(trek, new SurveySource { Sel = "", Read = "text", Hints = [header] });

        Named("🦌 Нулгивун, 1 инэӈи (1 бэе)").ShouldBe(1.0);
        Named("🦌 Нулгивун, 3 инэӈи (1 бэе)").ShouldBeLessThan(0.85);
    }

    [Fact]
    public void A_label_of_the_quoted_words_with_other_numbers_is_another_thing_s()
    {
        var exhibition = new RecordField("exhibitionDate", "date", true) { Description = "date of the 2027 cloth exhibition (📅 شُو نمائش ۲۰۲۷, written day month year), not the 2026 exhibition" };
        FieldMatcher.QuotedWithOtherNumbers(exhibition, ["📅 شُو نمائش ۲۰۲۶"]).ShouldBeTrue();
        FieldMatcher.QuotedWithOtherNumbers(exhibition, ["📅 شُو نمائش ۲۰۲۷"]).ShouldBeFalse();
        FieldMatcher.QuotedWithOtherNumbers(exhibition, ["📅 Shandur polo"]).ShouldBeFalse();
    }

    [Fact]
    public void An_english_possessive_is_no_word_of_its_own() =>
        FieldMatcher.Tokens("the seller’s name, the farmer's price").ShouldBe(["the", "seller", "name", "the", "farmer", "price"]);

    [Fact]
    public void A_word_keeps_its_vowel_signs() =>
        FieldMatcher.Tokens("प्रवेश शुल्क किंमत").ShouldBe(["प्रवेश", "शुल्क", "किंमत"]);

    [Theory]
    [InlineData("price", "किंमत", 0.8)]
    [InlineData("price", "किताब", 0.0)]
    [InlineData("price", "ราคา", 0.8)]
    public void A_label_in_a_script_with_vowel_signs_matches_as_a_whole_word(string field, string hint, double expected) =>
        Score(field, "string", "text", hint).ShouldBe(expected, 0.001);

    [Theory]
    [InlineData("dokhona", "दखना", true)]
    [InlineData("zaatar", "زعتر", true)]
    [InlineData("borsch", "борщ", true)]
    [InlineData("chapati", "চাপাতি", true)]
    [InlineData("aronai", "आरोनाय", false)] // two consonants match too many words to say anything
    [InlineData("dokhona", "आरोनाय", false)]
    [InlineData("dokhona", "dokhona", false)] // both in Latin letters: the same word is matched as such
    public void A_word_in_latin_letters_is_the_page_s_word_in_its_own_script_by_its_consonants(string latin, string other, bool expected) =>
        Sounds.Alike(latin, other).ShouldBe(expected);

    [Fact]
    public void A_hint_the_description_names_by_a_synonym_names_the_field_as_a_word_of_the_description_does()
    {
        var area = new RecordField("area", "string", true) { Description = "area or town as written" };

        FieldMatcher.Score(area, new SurveySource { Sel = "", Read = "text", Hints = ["location"] }).ShouldBe(0.6, 0.001);
        FieldMatcher.Score(area, new SurveySource { Sel = "", Read = "text", Hints = ["price"] }).ShouldBe(0);
    }

    [Fact]
    public void A_label_in_another_script_that_sounds_as_a_word_of_the_field_names_it_in_part() =>
        Score("dokhonaPriceInr", "integer", "text", "दखना (फोलेर १)").ShouldBe(0.5, 0.001);

    [Fact]
    public void A_unit_after_a_value_that_only_sounds_as_a_word_of_the_field_is_its_currency_not_its_name()
    {
        FieldMatcher.NameScore(["dirham"], ["درهم"]).ShouldBe(0.5);
        Score("entryDirhams", "integer", "text", "value:درهم").ShouldBe(0);
    }

    [Theory]
    [InlineData("price", "Price", 1.0)]
    [InlineData("price", "Last price", 0.88)]
    [InlineData("price", "cost", 0.8)]
    [InlineData("productName", "name", 0.8)]
    [InlineData("startDate", "date", 0.75)]
    [InlineData("priceCurrency", "currency code", 0.5)]
    [InlineData("price", "rating", 0.0)]
    [InlineData("wifi", "Wi-Fi percuma", 0.88)]
    [InlineData("email", "E-mail", 1.0)]
    [InlineData("phone", "Telephonum", 0.5)]
    [InlineData("department", "Departure", 0.0)]
    public void Hints_score_by_how_closely_they_name_the_field(string field, string hint, double expected) =>
        Score(field, "string", "text", hint).ShouldBe(expected, 0.001);

    [Fact]
    public void Roles_count_only_for_text_and_only_weakly()
    {
        Score("title", "string", "text", "role:heading").ShouldBe(0.45, 0.001);
        Score("title", "string", "attr:href", "role:heading").ShouldBe(0.0);
        Score("department", "string", "heading", "role:section").ShouldBe(0.6, 0.001);
        Score("price", "number", "text", "role:heading").ShouldBe(0.0);

        var heading = new SurveySource { Sel = "h3", Read = "text", Hints = ["role:heading"] };
        FieldMatcher.Score(new RecordField("coop", "string", true) { Description = "the cooperative's name as written" }, heading).ShouldBeGreaterThan(0, "a name is a heading's");
        FieldMatcher.Score(new RecordField("village", "string", true) { Description = "village after 📍 as written in the list (its Haida name)" }, heading)
            .ShouldBe(0.0, "a place's name is no heading's name of the record");
    }

    [Fact]
    public void A_date_labelled_by_a_word_of_the_description_s_is_likelier_than_a_date_unlabelled()
    {
        var harvest = new RecordField("harvestStart", "date", true) { Description = "date this season's harvest (الصرام) starts, not the date it started last year" };
        var date = new SurveySource { Sel = "", Read = "text" };

        FieldMatcher.Score(harvest, date).ShouldBe(0.4, 0.001);
        FieldMatcher.Score(harvest, date with { Hints = ["الصرام يبدا"] }).ShouldBeGreaterThan(0.4 + PlanChooser.TieMargin);
    }

    [Fact]
    public void A_label_that_writes_the_description_s_gloss_names_the_field()
    {
        var nutmeg = new RecordField("nutmegKiloPriceIdr", "integer", true) { Description = "price of one kilo of dried nutmeg seeds (pala kering) in rupiah, not the mace (fuli), the fresh fruit or the cloves" };
        double Named(string label) => FieldMatcher.Score(nutmeg, new SurveySource { Sel = "", Read = "text", Hints = [label] });

        Named("Pala kering (biji) — 1 kg").ShouldBe(0.8, 0.001);
        (Named("Pala kering (biji) — 1 kg") - Named("Cengkeh kering — 1 kg")).ShouldBeGreaterThan(PlanChooser.TieMargin);
        (Named("Pala kering (biji) — 1 kg") - Named("Buah pala basah — 1 kg")).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void Values_that_write_the_description_s_gloss_are_named_more_plainly_than_by_a_label_beside_them()
    {
        var pigs = new RecordField("pigsPerDay", "integer", true) { Description = "number of whole pigs roasted a day (ตัว), not the kilos sold a day" };
        double Named(params string[] hints) => FieldMatcher.Score(pigs, new SurveySource { Sel = "", Read = "text", Hints = hints });

        Named("value:ตัว").ShouldBe(0.85, 0.001);
        Named("🐖 6 ตัว").ShouldBe(0.8, 0.001);
    }

    [Fact]
    public void A_link_attribute_names_a_url_field_and_a_typed_value_is_a_weak_hint_alone()
    {
        Score("url", "url", "attr:href", "attr:href").ShouldBe(0.8, 0.001);
        Score("contact", "email", "attr:href").ShouldBe(0.4, 0.001);
    }

    [Theory]
    [InlineData("license", "Licence", 1.0 * 0.8)]
    [InlineData("color", "Colour", 0.8)]
    [InlineData("center", "Centre", 0.8)]
    [InlineData("posted", "Poster", 0.0)]
    [InlineData("registerNumber", "Registernummer", 0.5)]
    [InlineData("name", "Namespace", 0.0)]
    public void Other_spellings_count_as_the_word_and_a_compound_that_begins_with_it_in_part(string field, string hint, double expected) =>
        Score(field, "string", "text", hint).ShouldBe(expected, 0.001);

    [Theory]
    [InlineData("brand", "Производитель", 0.8)]
    [InlineData("language", "Unterrichtssprache", 0.8)]
    [InlineData("district", "所在行政區", 0.8)]
    [InlineData("rating", "التقييم", 0.8)]
    [InlineData("name", "Subtitle", 0.0)]
    [InlineData("bedrooms", "Vyumba vya kulala", 0.8)]
    [InlineData("bathrooms", "Salle de bain", 0.8)]
    [InlineData("bedrooms", "Vyumba", 0.0)]
    public void Labels_in_other_languages_name_the_field_through_the_lexicon(string field, string hint, double expected) =>
        Score(field, "string", "text", hint).ShouldBe(expected, 0.001);
}
