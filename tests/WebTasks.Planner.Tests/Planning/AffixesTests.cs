using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class AffixesTests
{
    private static (string? Prefix, string? Suffix) Stripped(string? description, string? prefix, string? suffix) =>
        Affixes.Stripped(new RecordField("ward", "string", true) { Description = description }, new SurveySource { Sel = "", Read = "text", Prefix = prefix, Suffix = suffix });

    [Fact]
    public void An_example_without_the_shared_start_takes_it_off_and_keeps_an_end_the_example_has() =>
        Stripped("Tokyo ward (区), e.g. 新宿区", "東京都", "区").ShouldBe(("東京都", null));

    [Fact]
    public void A_start_the_field_s_gloss_names_is_taken_off_but_not_the_header_of_the_column_the_description_names()
    {
        static (string?, string?) Camp(string description) =>
            Affixes.Stripped(new RecordField("camp", "string", true) { Description = description }, new SurveySource { Sel = "", Read = "text", Prefix = "Урикит " });

        Camp("camp's name as written (Урикит column)").ShouldBe((null, null), "\"Урикит Удыгир\" under \"Урикит\" is the name as written");
        Camp("camp (урикит) as written").ShouldBe(("Урикит ", null), "the field's own word for it leads the value, as \"Kartie Bongonga\" for a quarter (kartie)");
    }

    [Fact]
    public void Without_takes_off_the_part_a_separator_sets_apart() =>
        Stripped("the neighbourhood, without the city", null, ", Madrid").ShouldBe((null, ", Madrid"));

    [Fact]
    public void Without_what_the_description_shows_the_page_writes_keeps_an_end_that_is_none_of_it()
    {
        Stripped("quarter (mahalla) after 🏘 as written, without the village name (Bodomzor)", null, " mahalla").ShouldBe((null, null),
            "the shared \"mahalla\" is the page's word for quarter, not the village the description leaves out");
        Stripped("quarter (mahalla) as written, without the village name (Bodomzor)", null, " Bodomzor").ShouldBe((null, " Bodomzor"));
        Stripped("the neighbourhood, without the city", null, " mahalla").ShouldBe((null, " mahalla"), "nothing shows how the page writes the city");
    }

    [Fact]
    public void The_place_before_its_region_is_read_where_the_region_s_last_word_is_cut_but_not_where_the_whole_region_is()
    {
        var village = new RecordField("village", "string", true) { Description = "village as written, without the sub-county" };
        var source = new SurveySource { Sel = "", Read = "text", Traits = new SourceTraits { Town = 1 } };

        Affixes.Span(village, source, " Sub-County").ShouldBe("first");
        Affixes.Span(village, source, ", Embu North Sub-County").ShouldBeNull();
        Affixes.Span(village, source, null).ShouldBe("first");
    }

    [Fact]
    public void The_place_before_a_comma_is_read_where_every_value_names_after_it_what_the_description_says_the_page_writes_for_what_to_leave_out()
    {
        var village = new RecordField("village", "string", true) { Description = "village as written in the list, without the municipality or town (opčina/grad)" };
        var source = new SurveySource { Sel = "", Read = "text", Sample = ["📍 Mirkovec, opčina Sveti Križ Začretje", "📍 Gubaševo, grad Zabok"] };

        Affixes.Span(village, source, null).ShouldBe("first");
        Affixes.Span(village, source with { Sample = ["📍 Mirkovec", "📍 Gubaševo, grad Zabok"] }, null).ShouldBeNull();
        Affixes.Span(village, source, ", opčina Sveti Križ Začretje").ShouldBeNull("the shared end is cut already: no comma is left");

        var area = new RecordField("area", "string", true) { Description = "area as written, without the emirate (إمارة ...)" };
        Affixes.Span(area, source with { Sample = ["📍 الخزنة — إمارة أبوظبي", "📍 الذيد — إمارة الشارقة"] }, null).ShouldBe("first", "a dash sets the place off as a comma does");
    }

    [Fact]
    public void Without_the_chinese_name_reads_the_text_before_it_and_keeps_an_end_in_other_letters()
    {
        var village = new RecordField("village", "string", true) { Description = "village after 🏡 in Tsou letters as written, without the Chinese name (達邦 etc.)" };
        var chip = new SurveySource { Sel = "span.plc", Read = "text", Sample = ["🏡 Tapangʉ 達邦", "🏡 Lalauya 樂野"] };

        Affixes.Span(village, chip, null).ShouldBe("hanless");
        Affixes.Span(village, chip with { Sample = ["🏡 Tapangʉ", "🏡 Lalauya 樂野"] }, null).ShouldBeNull("a record without one");
        var farm = new RecordField("farm", "string", true) { Description = "farm's name as in the card's heading, without the Chinese name after it" };
        Affixes.Stripped(farm, new SurveySource { Sel = "h3", Read = "line:1", Suffix = " Kohi" }).ShouldBe((null, null), "\"Kohi\" is no Chinese name");
        Affixes.Stripped(farm, new SurveySource { Sel = "h3", Read = "text", Suffix = " 咖啡" }).ShouldBe((null, " 咖啡"));
    }

    [Fact]
    public void The_place_before_the_comma_is_read_where_the_description_leaves_out_what_follows_it()
    {
        var village = new RecordField("village", "string", true) { Description = "village after 📍 Khua (village) as written, without the township after the comma" };
        var source = new SurveySource { Sel = "", Read = "labelled", Sample = ["Lamzang, Tedim", "Tonzang, Tonzang"] };

        Affixes.Span(village, source, null).ShouldBe("first");
        Affixes.Span(village, source with { Sample = ["Lamzang, Tedim", "Saizang"] }, null).ShouldBeNull("a record without a comma");
        Affixes.Span(village with { Description = "village after 📍 Khua (village) as written" }, source, null).ShouldBeNull();
        var dashed = village with { Description = "village after 🏘 Sat (selo, village) as written, without the Croatian name after the dash" };
        Affixes.Span(dashed, source with { Sample = ["Șușnjevița – Šušnjevica", "Nosolo – Nova Vas"] }, null).ShouldBe("first");
        Affixes.Span(dashed, source with { Sample = ["Șușnjevița – Šušnjevica", "Nosolo-Nova Vas"] }, null).ShouldBeNull("a record without a dash set apart");
        Affixes.Span(dashed, source, null).ShouldBeNull("no dash, though a comma");
    }

    [Fact]
    public void The_text_after_an_icon_is_read_where_the_description_leaves_the_icon_out()
    {
        var name = new RecordField("name", "string", true) { Description = "the workshop's name as in the page's main heading, without the yarn emoji" };
        var source = new SurveySource { Sel = "h1", Read = "text", Sample = ["🧶 «Хучни» хали-устаханаь"] };

        Affixes.Span(name, source, null).ShouldBe("iconless");
        Affixes.Span(name, source with { Sample = ["«Хучни» хали-устаханаь"] }, null).ShouldBeNull("no icon to leave out");
        Affixes.Span(name with { Description = "the workshop's name as in the page's main heading" }, source, null).ShouldBeNull();
    }

    [Fact]
    public void The_place_before_a_slash_is_read_where_the_description_says_so_and_every_value_has_one()
    {
        var woreda = new RecordField("woreda", "string", true) { Description = "woreda as written in the 📍 ወረዳ / ቀበሌ column, before the slash, without the kebele after it" };
        var source = new SurveySource { Sel = "", Read = "text", Sample = ["ዴቻ / ሻፓ", "ጊምቦ / ኮማ"] };

        Affixes.Span(woreda, source, null).ShouldBe("first");
        Affixes.Span(woreda, source with { Sample = ["ዴቻ / ሻፓ", "ጊምቦ"] }, null).ShouldBeNull("a value without a slash is not written so");
        Affixes.Span(woreda with { Description = "woreda as written in the 📍 ወረዳ / ቀበሌ column" }, source, null).ShouldBeNull();
    }

    [Fact]
    public void The_place_before_a_bracket_is_read_where_the_description_leaves_out_what_the_bracket_holds()
    {
        var quay = new RecordField("quay", "string", true) { Description = "quay after ⚓ as written in the list, without the town in brackets" };
        var source = new SurveySource { Sel = "", Read = "part:1", Sample = ["⚓ ጥዋለት (ባጽዕ)", "⚓ ገራር (ባጽዕ)"] };

        Affixes.Span(quay, source, null).ShouldBe("first");
        Affixes.Span(quay, source with { Sample = ["⚓ ጥዋለት (ባጽዕ)", "⚓ ገራር"] }, null).ShouldBeNull("a value without a bracket is not written so");
        Affixes.Span(quay with { Description = "quay after ⚓ as written in the list" }, source, null).ShouldBeNull();
    }

    [Fact]
    public void A_record_s_number_before_its_name_is_cut_where_the_description_leaves_it_out()
    {
        var name = new RecordField("name", "string", true) { Description = "homestay's name as in its heading, without the number before it" };
        var source = new SurveySource { Sel = "h3", Read = "text", Sample = ["१. खप्तड द्वार होमस्टे", "२. शैलेश्वरी होमस्टे"] };

        Affixes.Span(name, source, null).ShouldBe("unnumbered");
        Affixes.Span(name with { Description = "homestay's name as in its heading" }, source, null).ShouldBeNull();
        Affixes.Span(name, source with { Sample = ["१. खप्तड द्वार होमस्टे", "शैलेश्वरी होमस्टे"] }, null).ShouldBeNull();
    }

    [Fact]
    public void Without_the_word_for_it_takes_off_the_one_word_every_value_ends_with() =>
        Stripped("the taluka it comes from, without the word for taluka", null, " तालुको").ShouldBe((null, " तालुको"));

    [Fact]
    public void The_field_s_own_label_leading_every_value_is_taken_off()
    {
        static (string?, string?) For(string field, string prefix) =>
            Affixes.Stripped(new RecordField(field, "string", true), new SurveySource { Sel = "", Read = "text", Prefix = prefix });

        For("district", "जिल्हा ").ShouldBe(("जिल्हा ", null));
        For("district", "District ").ShouldBe(("District ", null));
        For("name", "Hotel ").ShouldBe((null, null));

        var quarter = new RecordField("quartier", "string", true) { Description = "quarter (kartie) as written, without the commune (komine)" };
        Affixes.Stripped(quarter, new SurveySource { Sel = "", Read = "text", Prefix = "📍 Kartie " }).ShouldBe(("📍 Kartie ", null), "the description glosses the field with the page's word");
        var wilayat = new RecordField("wilayat", "string", true) { Description = "wilayat as written, without the word ولاية and without the governorate (محافظة ...)" };
        Affixes.Stripped(wilayat, new SurveySource { Sel = "", Read = "part:1", Prefix = "📍 ولاية " }).ShouldBe(("📍 ولاية ", null), "the word the description leaves out");
        var phone = new RecordField("phone", "string", true) { Description = "the artisan's phone number, (918) NNN-NNNN" };
        Affixes.Stripped(phone, new SurveySource { Sel = "", Read = "text", Prefix = "☎ (918) " }).ShouldBe((null, null), "an area code is no word for the field");
    }

    [Fact]
    public void A_shared_part_is_kept_when_the_description_asks_for_nothing_less()
    {
        Stripped("the flat's name", "Flat ", null).ShouldBe((null, null));
        Stripped(null, "Flat ", ", Madrid").ShouldBe((null, null));
        Stripped("e.g. Flat 3", "Flat ", null).ShouldBe((null, null));
    }

    [Fact]
    public void The_region_every_town_is_followed_by_is_taken_off()
    {
        static (string?, string?) For(string field, string suffix) =>
            Affixes.Stripped(new RecordField(field, "string", true) { Description = "town or village as written" }, new SurveySource { Sel = "", Read = "text", Suffix = suffix });

        For("town", ", Kayo Distrik").ShouldBe((null, ", Kayo Distrik"));
        For("village", ", Kayo Distrik").ShouldBe((null, ", Kayo Distrik"));
        For("town", " Distrik").ShouldBe((null, null), "no separator sets it apart");
        For("address", ", Kayo Distrik").ShouldBe((null, null), "an address holds its region");
    }
}
