using System.Text.Json.Nodes;
using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class RecordShapeTests
{
    private static (RecordShape? Shape, string? Problem) Read(string schema) => RecordShape.Read((JsonObject)JsonNode.Parse(schema)!);

    [Fact]
    public void A_description_may_name_the_marks_a_value_starts_with_and_is_wanted_without()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "kelurahan": { "type": "string", "description": "kelurahan or village as written, without the 'Kel.'/'Desa' prefix and without the kecamatan (Kec. ...)" },
              "town": { "type": "string", "description": "town without the 'Kr.' district" } } }
            """);

        shape!.Fields[0].PrefixMarks.ShouldBe(["Kel.", "Desa"]);
        shape.Fields[1].PrefixMarks.ShouldBeEmpty("one mark, and no prefix said");
    }

    [Fact]
    public void What_a_legend_says_no_means_is_no_word_for_a_yes_no_field()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": { "gcash": { "type": "boolean", "description": "whether it accepts GCash (📱; ✔ = yes, ✘ = no, cash only)" } } }
            """);

        shape!.Fields[0].MeaningWords.ShouldContain("gcash");
        shape.Fields[0].MeaningWords.ShouldNotContain("cash", "\"cash only\" is what no means: a text that says it is no yes");
    }

    [Fact]
    public void A_clock_time_the_description_asks_for_in_words_is_the_field_s_pattern()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "departure": { "type": "string", "description": "departure time as HH:MM (24-hour clock)" },
              "chipTime": { "type": "string", "description": "chip time as HH:MM:SS" },
              "own": { "type": "string", "description": "HH:MM", "pattern": "^[0-9]{4}$" },
              "note": { "type": "string", "description": "anything" } } }
            """);

        shape!.Fields.Select(f => f.Pattern).ShouldBe(["^[0-2][0-9]:[0-5][0-9]$", "^[0-9]{2}:[0-5][0-9]:[0-5][0-9]$", "^[0-9]{4}$", null]);
    }

    [Fact]
    public void A_description_s_gloss_may_be_the_page_s_whole_label_but_not_a_legend()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "seasonEnd": { "type": "string", "format": "date", "description": "last day of the whale trips (Fakaoti e tau takafaga tafua), not the day they start" },
              "snorkel": { "type": "boolean", "description": "whether snorkel gear is included (🤿; E = yes, Nakai = no)" } } }
            """);

        shape!.Fields[0].GlossPhrases.ShouldBe([["fakaoti", "e", "tau", "takafaga", "tafua"]]);
        shape.Fields[1].GlossPhrases.ShouldBeEmpty("\"E = yes\" is a legend, not the page's word for the field");
    }

    [Fact]
    public void What_a_description_sets_a_field_against_may_gloss_a_label_that_has_a_gloss_of_its_own()
    {
        var rooms = new RecordField("rooms", "integer", true) { Description = "number of rooms (🚪 Kotha), not the most guests (👥 Mi (lhanan))" };

        rooms.OtherWords.ShouldContain("guest");
        rooms.OtherWords.ShouldContain("lhanan");
        rooms.Described.ShouldNotBeNull().ShouldNotContain("guests");
    }

    [Fact]
    public void What_a_description_sets_a_field_against_leaves_nothing_out_of_the_value()
    {
        var night = new RecordField("nightWithMeals", "number", true) { Description = "price of one night with meals (🍲 Nub thur, za-ma dang (one night with meals)), not the night without meals or the pony" };

        night.LeftOutWords.ShouldBeEmpty("\"without meals\" says what the other night is, not what to leave out of this one");
        night.OtherWords.ShouldContain("pony");
        night.GlossPhrases.Select(phrase => string.Join(" ", phrase)).ShouldContain("nub thur za ma dang one night with meal", "a label's own gloss may be as long as a short sentence");
    }

    [Fact]
    public void A_description_may_name_the_icon_a_value_is_written_after_but_not_those_of_what_it_leaves_out()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "town": { "type": "string", "description": "town after 📍 as written, without the department after it" },
              "cows": { "type": "integer", "description": "number of cows milked (🐄️ Chüe), not the ascent (⬆ Alpufzug)" } } }
            """);

        shape!.Fields[0].Icons.ShouldBe(["📍"]);
        shape.Fields[1].Icons.ShouldBe(["🐄"], "the variation selector is no part of the icon, and the ascent's arrow is another thing's");
        shape.Fields[1].OtherIcons.ShouldBe(["⬆"]);
        shape.Fields[0].OtherIcons.ShouldBeEmpty();
    }

    [Fact]
    public void A_date_s_description_may_give_the_page_s_words_for_its_months()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "fairDay": { "type": "string", "format": "date", "description": "date of their next fair day (📅 Pănăgir (fair day), written day, month name, year; avgust = August, săptemvri = September), not Christmas" },
              "feast": { "type": "string", "format": "date", "description": "the feast's date (Ṭabbax = August, Īlul = September, Lent = no)" },
              "title": { "type": "string", "description": "avgust = August" } } }
            """);

        shape!.Fields[0].Meanings.ShouldBe([KeyValuePair.Create("avgust", "8"), KeyValuePair.Create("săptemvri", "9")]);
        shape.Fields[1].Meanings.ShouldBe([KeyValuePair.Create("Ṭabbax", "8"), KeyValuePair.Create("Īlul", "9")], "only what a month's English name glosses");
        shape.Fields[2].Meanings.ShouldBeEmpty("only a date has months");
    }

    [Fact]
    public void A_yes_no_field_s_description_may_give_the_page_s_words_for_yes_and_no()
    {
        var (shape, _) = Read("""
            { "type": "object", "properties": {
              "leavesSunday": { "type": "boolean", "description": "whether its buses leave on Sundays (📅 Ahad; Aiwa = yes, La = no)" },
              "dogs": { "type": "boolean", "description": "whether dogs are allowed (🐕 Jao = yes, Nee = no)" },
              "fuel": { "type": "string", "enum": ["diesel"], "description": "nafta = diesel" },
              "playground": { "type": "boolean", "description": "whether it has one (🛝 titled 'Speultuun' = yes; a faded, struck-through 🛝 titled 'Gien speultuun' = no)" },
              "generator": { "type": "boolean", "description": "whether it has a generator (Amasannyalaze: ⚡ = yes, 🕯️ = no)" },
              "pickup": { "type": "boolean", "description": "whether it offers pick-up from Mangan (🚙 Pick-up from Mangan; ᰀᰨ (Aa) = yes, ᰮᰨ (Ma) = no)" } } }
            """);

        shape!.Fields[0].YesNoMeanings.ShouldBe([KeyValuePair.Create("Aiwa", "yes"), KeyValuePair.Create("La", "no")]);
        shape.Fields[1].YesNoMeanings.ShouldBe([KeyValuePair.Create("Jao", "yes"), KeyValuePair.Create("Nee", "no")]);
        shape.Fields[2].YesNoMeanings.ShouldBeEmpty("only a yes/no field has words for yes and no");
        shape.Fields[3].YesNoMeanings.ShouldBe([KeyValuePair.Create("Speultuun", "yes"), KeyValuePair.Create("Gien speultuun", "no")], "the quoted words are the page's");
        shape.Fields[4].YesNoMeanings.ShouldBe([KeyValuePair.Create("⚡", "yes"), KeyValuePair.Create("🕯️", "no")], "a glyph given alone is the page's");
        shape.Fields[5].YesNoMeanings.ShouldBe([KeyValuePair.Create("ᰀᰨ (Aa)", "yes"), KeyValuePair.Create("ᰮᰨ (Ma)", "no")], "a word may come with how it is said in brackets");
    }

    [Theory]
    [InlineData("town as written in the list", true)]
    [InlineData("market or village given on the listing", true)]
    [InlineData("the town, as listed", true)]
    [InlineData("the first town in the list of branches", false)]
    [InlineData("town as written on the guesthouse's own page", false)]
    public void A_description_may_say_the_value_is_read_in_the_list(string description, bool inList) =>
        new RecordField("town", "string", true) { Description = description }.InList.ShouldBe(inList);

    [Theory]
    [InlineData("village as written, without the sub-district (ต.), district or province", "ต.")]
    [InlineData("village (motse) as written, without the municipality", "")]
    [InlineData("village as written in the list, without the municipality or town (opčina/grad)", "opčina grad")]
    [InlineData("area as written, without the emirate (إمارة ...)", "إمارة")]
    public void A_description_may_say_how_the_page_writes_what_to_leave_out(string description, string marks) =>
        string.Join(' ', new RecordField("village", "string", true) { Description = description }.LeftOutMarks).ShouldBe(marks);

    [Theory]
    [InlineData("band's name as in its card's heading, without the year (anda …) beside it", "anda")]
    [InlineData("area as written, without the emirate (إمارة ...)", "إمارة")]
    [InlineData("stall's name, without the year it started (सन् … से) or the generation (पीढ़ी) under it", "")]
    public void A_mark_written_before_an_ellipsis_is_what_the_left_out_thing_follows(string description, string marks) =>
        string.Join(' ', new RecordField("name", "string", true) { Description = description }.MarksBefore).ShouldBe(marks);

    [Theory]
    [InlineData("quarter (kartie) as written, without the commune (komine)", "kartie")]
    [InlineData("price of one kilo of dried nutmeg seeds (pala kering) in rupiah, not the mace (fuli)", "pala kering")]
    [InlineData("the artisan's phone number, (918) NNN-NNNN", "")]
    [InlineData("date of the 2027 kayak race (📅 Iqyax̂ Race 2027, written month/day/year), not last year's race", "iqyax̂ race")]
    public void A_description_may_gloss_the_field_with_the_page_s_own_words(string description, string glosses) =>
        string.Join(" | ", new RecordField("field", "string", true) { Description = description }.GlossPhrases.Select(p => string.Join(' ', p))).ShouldBe(glosses);

    [Theory]
    [InlineData("price per person of a one-day reindeer trek (🦌 Нулгивун, 1 инэӈи (1 бэе)) in roubles, not the three-day trek", "нулгивун 1 инэӈи 1 бэе")]
    [InlineData("price of one 2-inch bear fetish (🐻 Ainshi, 2\") in dollars, not the 4-inch bear", "ainshi 2")]
    [InlineData("date of the 2027 kayak race (📅 Iqyax̂ Race 2027, written month/day/year)", "iqyax̂ race 2027")]
    [InlineData("date of the 2027 cloth exhibition (📅 شُو نمائش ۲۰۲۷, written day month year with the month's Urdu name, اگست = August)", "شُو نمائش ۲۰۲۷")]
    [InlineData("quarter (kartie) as written, without the commune (komine)", "")]
    public void A_gloss_that_quotes_a_label_with_its_numbers_keeps_them_in_order(string description, string phrases) =>
        string.Join(" | ", new RecordField("field", "number", true) { Description = description }.NumberedGlossPhrases.Select(p => string.Join(' ', p))).ShouldBe(phrases);

    [Theory]
    [InlineData("camp's name as written (Урикит column)", "урикит")]
    [InlineData("quarter (kartie) as written, without the commune (komine)", "")]
    public void A_gloss_that_names_the_column_gives_the_column_s_words(string description, string words) =>
        string.Join(' ', new RecordField("camp", "string", true) { Description = description }.ColumnWords).ShouldBe(words);

    [Theory]
    [InlineData("settlement as written in the 📍 Буга column, before the dot, without the river or lake after it", true)]
    [InlineData("municipality after 📍 as written, before the · and the village", true)]
    [InlineData("price before the discount", false)]
    [InlineData("town as written, before the comma", false)]
    public void A_description_may_take_the_part_before_the_dot(string description, bool before) =>
        new RecordField("place", "string", true) { Description = description }.BeforeTheDot.ShouldBe(before);

    [Fact]
    public void An_array_of_objects_gives_typed_fields_with_formats_and_names_deciding_urls()
    {
        var (shape, problem) = Read("""
            { "type": "array", "items": { "type": "object", "required": ["name"], "properties": {
              "name": { "type": "string" }, "price": { "type": ["number", "null"] }, "beds": { "type": "integer" },
              "open": { "type": "boolean" }, "link": { "type": "string" }, "contact": { "type": "string", "format": "email" },
              "on": { "type": "string", "format": "date" }, "tags": { "type": "array" } } } }
            """);

        problem.ShouldBeNull();
        shape!.Wrap.ShouldBeNull();
        shape.Fields.Select(f => $"{f.Name}:{f.Type}:{f.Required}").ShouldBe(
            ["name:string:True", "price:number:False", "beds:integer:False", "open:boolean:False", "link:url:False", "contact:email:False", "on:date:False"]);
        shape.Unsupported.ShouldBe(["tags"]);
    }

    [Fact]
    public void An_object_with_one_list_through_a_reference_is_wrapped()
    {
        var (shape, _) = Read("""
            { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/$defs/item" } }, "note": { "type": "string" } },
              "$defs": { "item": { "type": "object", "properties": { "title": { "type": "string" } } } } }
            """);

        shape!.Wrap.ShouldBe("items");
        shape.Fields.Single().Name.ShouldBe("title");
    }

    [Fact]
    public void An_object_of_scalars_is_one_object_and_keeps_what_the_schema_says_of_each_value()
    {
        var (shape, _) = Read("""
            { "type": "object", "required": ["price"], "properties": {
              "price": { "type": "number", "minimum": 0, "description": "price in euros" },
              "currency": { "type": "string", "enum": ["EUR", "USD"] }, "postcode": { "type": "string", "pattern": "^[A-Z]{2}" } } }
            """);

        shape!.Output.ShouldBe(OutputKind.Object);
        shape.Fields.Select(f => f.Name).ShouldBe(["price", "currency", "postcode"]);
        shape.Fields[0].Minimum.ShouldBe(0);
        shape.Fields[0].Description.ShouldBe("price in euros");
        shape.Fields[1].Enum.ShouldBe(["EUR", "USD"]);
        shape.Fields[2].Pattern.ShouldBe("^[A-Z]{2}");
    }

    [Fact]
    public void An_enum_s_values_carry_their_words_in_other_languages_but_not_a_word_two_values_share()
    {
        var sex = new RecordField("sex", "string", true) { Enum = ["male", "female"] };
        var colour = new RecordField("colour", "string", true) { Enum = ["yellow", "gold"] };

        sex.EnumTranslations.ShouldContain(KeyValuePair.Create("männlich", "male"));
        sex.EnumTranslations.ShouldContain(KeyValuePair.Create("babae", "female"));
        sex.EnumTranslations.ShouldNotContain(p => p.Key.Length < 3 && p.Key.All(char.IsAsciiLetter));
        colour.EnumTranslations.ShouldNotContain(p => p.Key == "vàng");
        colour.EnumTranslations.Select(p => p.Key.Length).ShouldBeInOrder(SortDirection.Descending);
    }

    [Theory]
    [InlineData("opening time, 24-hour HH:MM (00:00 when open around the clock)", "^[0-2][0-9]:[0-5][0-9]$", "00:00")]
    [InlineData("closing time (23:59 if open all day)", "^[0-2][0-9]:[0-5][0-9]$", "23:59")]
    [InlineData("opening time (closed when it says so)", "^[0-2][0-9]:[0-5][0-9]$", null)]
    [InlineData("(00:00 when open around the clock)", null, null)]
    public void A_text_the_description_gives_where_the_page_writes_none_must_fit_the_pattern(string description, string? pattern, string? expected)
    {
        new RecordField("openingTime", "string", true) { Description = description, Pattern = pattern }.OtherwiseText.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""{ "type": "array", "items": { "type": "attachment" } }""", null)]
    [InlineData("""{ "type": "object", "required": ["files"], "properties": { "files": { "type": "array", "items": { "type": "attachment" } } } }""", "files")]
    public void Arrays_of_attachments_are_files_to_download(string schema, string? wrap)
    {
        var (shape, _) = Read(schema);

        shape!.Output.ShouldBe(OutputKind.Files);
        shape.Wrap.ShouldBe(wrap);
    }

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "array", "items": { "type": "object", "properties": { "x": { "type": "string" } } } }, "b": { "type": "array", "items": { "type": "object", "properties": { "y": { "type": "string" } } } } } }""", "several (a, b)")]
    [InlineData("""{ "type": "object", "required": ["a", "total"], "properties": { "total": { "type": "number" }, "a": { "type": "array", "items": { "type": "object", "properties": { "x": { "type": "string" } } } } } }""", "also requires 'total'")]
    [InlineData("""{ "type": "array", "items": { "type": "object", "required": ["owner"], "properties": { "owner": { "type": "object" } } } }""", "required field 'owner' is of type object")]
    [InlineData("""{ "type": "array", "items": { "type": "string" } }""", "items must be objects")]
    public void Shapes_the_planner_cannot_fill_are_explained(string schema, string expected)
    {
        var (shape, problem) = Read(schema);

        shape.ShouldBeNull();
        problem!.ShouldContain(expected);
    }
}
