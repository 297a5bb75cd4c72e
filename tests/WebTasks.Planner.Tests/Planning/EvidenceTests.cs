using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

/// <summary>What the values look like counts with their names: the same fit scores differently by what it holds.</summary>
public sealed class EvidenceTests
{
    private static SurveySource Source(SourceTraits traits, int distinct = 10, int seen = 10, string read = "text", IReadOnlyList<string>? sample = null, params string[] fields) => new()
    {
        Sel = ":scope > span",
        Read = read,
        Traits = traits,
        Distinct = distinct,
        Seen = seen,
        Fit = fields.ToDictionary(f => f, _ => 1.0),
        Sample = sample ?? [],
    };

    [Fact]
    public void The_label_the_description_says_the_value_comes_after_is_no_value_and_names_the_value_it_labels()
    {
        var village = new RecordField("village", "string", true) { Description = "village after 📍 Шагьур as written, without the district in brackets" };
        var term = new SurveySource { Sel = "dt", Read = "text", Seen = 1, Distinct = 1, Fit = new Dictionary<string, double> { ["village"] = 1 }, Sample = ["📍 Шагьур"], Hints = ["location", "icon:📍"] };
        var labelled = term with { Sel = "", Read = "labelled", Label = "📍 Шагьур", Sample = ["Хучни (Табасаран район)"], Hints = ["📍 шагьур", "location", "icon:📍"] };
        var other = labelled with { Label = "📍 Район", Sample = ["Табасаран"], Hints = ["📍 район", "location", "icon:📍"] };

        village.LabelAfter.Single().ShouldBe(["шагьур"]);
        Evidence.Score(village, labelled, null).ShouldBeGreaterThan(Evidence.Score(village, term, null) + 0.5);
        Evidence.Score(village, labelled, null).ShouldBeGreaterThan(Evidence.Score(village, other, null) + 0.3);
    }

    [Fact]
    public void The_label_the_description_says_the_value_comes_after_is_no_value_with_its_gloss_or_without()
    {
        var village = new RecordField("village", "string", true) { Description = "village after 📍 Qishloq (village) as written" };
        var term = new SurveySource { Sel = "td:nth-of-type(1)", Read = "text", Seen = 1, Distinct = 1, Fit = new Dictionary<string, double> { ["village"] = 1 }, Sample = ["📍 Qishloq (village)"], Hints = ["location", "icon:📍"] };
        var labelled = term with { Sel = "", Read = "labelled", Label = "📍 Qishloq (village)", Sample = ["Shimshal"], Hints = ["📍 qishloq village", "location", "icon:📍"] };

        village.LabelAfter.Count.ShouldBe(2);
        Evidence.Score(village, labelled, null).ShouldBeGreaterThan(Evidence.Score(village, term, null) + 0.5);
        Evidence.Score(village, labelled with { Label = "📍 Qishloq" }, null).ShouldBeGreaterThan(Evidence.Score(village, term with { Sample = ["📍 Qishloq"] }, null) + 0.5,
            "the page may write the label without the gloss the description adds");
    }

    [Fact]
    public void An_attribute_named_as_an_identifier_is_no_name_though_it_says_whose_key_it_is()
    {
        var maker = new RecordField("maker", "string", true) { Description = "maker's name as in their card's heading" };
        var key = new SurveySource { Sel = "", Read = "attr:data-maker-id", Seen = 6, Distinct = 6, Fit = new Dictionary<string, double> { ["maker"] = 1, ["makerId"] = 1 }, Sample = ["paukeigope", "palmer"], Hints = ["role:record", "maker-id"] };
        var heading = new SurveySource { Sel = ":scope > h3", Read = "text", Seen = 6, Distinct = 6, Fit = new Dictionary<string, double> { ["maker"] = 1, ["makerId"] = 1 }, Sample = ["Vanessa Paukeigope", "Dixon Palmer"], Hints = ["role:heading"] };

        Evidence.Score(maker, heading, null).ShouldBeGreaterThan(Evidence.Score(maker, key, null));
        var makerId = new RecordField("makerId", "string", true);
        Evidence.Score(makerId, key, null).ShouldBeGreaterThan(Evidence.Score(makerId, heading, null), "an identifier asked for is read there");
    }

    [Fact]
    public void A_label_with_the_field_s_own_word_is_not_taken_for_a_longer_word_it_starts()
    {
        var night = new RecordField("nightWithMeals", "number", true) { Description = "price of one night with meals (🍲 Nub thur, za-ma dang (one night with meals)), not the night without meals or the pony" };
        var labelled = new SurveySource
        {
            Sel = "", Read = "labelled", Label = "🍲 nub thur, za-ma dang (one night with meals)", Seen = 1, Distinct = 1, Traits = new SourceTraits { Currency = 1, Numeric = 1 },
            Fit = new Dictionary<string, double> { ["nightWithMeals"] = 1 }, Sample = ["Nu. 2,200"], Hints = ["🍲 nub thur, za-ma dang (one night with meals)", "icon:🍲"],
        };
        var cell = labelled with { Sel = "tr:nth-of-type(3) > td:nth-of-type(2)", Read = "text", Label = null, Named = "Gong", Sample = ["Nu. 1,500"], Hints = ["Gong", "value:nu"] };

        Evidence.Score(night, labelled, null).ShouldBeGreaterThan(Evidence.Score(night, cell, null) + 0.3,
            "\"with\" is the field's own word, not \"without\" cut short; and the currency every price writes names none of them");
    }

    [Fact]
    public void A_text_that_writes_its_own_label_is_named_by_it_as_a_labelled_value_is()
    {
        var date = new RecordField("exhibitionDate", "date", true) { Description = "date of the 2027 exhibition (📅 Expo 2027), not the 2026 exhibition or Eid" };
        var line = new SurveySource
        {
            Sel = "p.m5", Read = "text", Seen = 1, Distinct = 1, Fit = new Dictionary<string, double> { ["exhibitionDate"] = 1 },
            Sample = ["📅 Expo 2026: 20/09/2026"], Hints = ["m5", "icon:📅", "value:expo"],
        };

        Evidence.Score(date, line, null).ShouldBeLessThan(Evidence.Score(date, line with { Sample = ["📅 Expo 2027: 15/09/2027"] }, null) - 0.5,
            "its label is last year's exhibition, which the description sets the date against");
    }

    [Fact]
    public void The_word_of_an_icon_the_description_names_the_field_by_is_no_kin_of_what_it_sets_the_field_against()
    {
        var district = new RecordField("district", "string", true) { Description = "district after 📍 อ. in the list, as written in Thai, not the village (🏡) on the group's page" };
        var place = new SurveySource { Sel = "div.w4", Read = "text", Seen = 6, Distinct = 6, Fit = new Dictionary<string, double> { ["district"] = 1 }, Sample = ["📍 อ. แม่สรวย", "📍 อ. เวียงป่าเป้า"], Hints = ["w4", "location", "icon:📍"] };

        Evidence.Score(district, place, null).ShouldBeGreaterThan(Evidence.Score(district, place with { Hints = ["w4", "location", "icon:🏠"] }, null) + 0.5,
            "'location' is the word of the field's own 📍; by another icon it names a kin of the village");
    }

    [Fact]
    public void A_description_that_says_the_name_is_in_the_heading_names_the_heading()
    {
        var title = new RecordField("title", "string", true) { Description = "homestay's name as in its page's heading" };
        var heading = new SurveySource { Sel = "h1", Read = "text", Seen = 3, Distinct = 3, Fit = new Dictionary<string, double> { ["title"] = 1 }, Sample = ["Mayal Lyang Homestay", "Kusong Rongkup Lee"], Hints = ["role:heading"] };
        var bold = heading with { Sel = "b", Sample = ["Barfok", "Lingthem"], Hints = ["🏘 ᰀᰦᰵ (ward)", "role:emphasis"] };

        Evidence.Score(title, heading, null).ShouldBeGreaterThan(Evidence.Score(title, bold, null) + PlanChooser.TieMargin);
        (Evidence.Score(title, heading, null) - Evidence.Score(title, bold, null))
            .ShouldBeGreaterThan(Evidence.Score(title with { Description = "homestay's name" }, heading, null) - Evidence.Score(title with { Description = "homestay's name" }, bold, null));
    }

    [Fact]
    public void A_yes_no_s_label_the_description_quotes_written_alike_on_every_record_is_no_value()
    {
        var pickup = new RecordField("pickupFromMangan", "boolean", true) { Description = "whether it offers pick-up from Mangan (🚙 Pick-up from Mangan; ᰀᰨ (Aa) = yes, ᰮᰨ (Ma) = no)" };
        var label = new SurveySource { Sel = "span", Read = "text", Seen = 3, Distinct = 1, Present = 1, Fit = new Dictionary<string, double> { ["pickupFromMangan"] = 1 }, Sample = ["🚙 Pick-up from Mangan"], Hints = ["icon:🚙"] };

        Evidence.Score(pickup, label, null).ShouldBeLessThan(Evidence.Score(pickup with { Description = "whether it offers pick-up from Mangan (🚙 Pick-up from Mangan)" }, label, null) - 0.5);
    }

    [Fact]
    public void Money_is_evidence_for_a_price_and_against_a_rating()
    {
        var money = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["price", "rating"]);
        var plain = Source(new SourceTraits { Numeric = 1 }, fields: ["price", "rating"]);

        Evidence.Score(new RecordField("price", "number", true), money, null).ShouldBeGreaterThan(Evidence.Score(new RecordField("price", "number", true), plain, null));
        Evidence.Score(new RecordField("rating", "number", true), money, null).ShouldBeLessThan(Evidence.Score(new RecordField("rating", "number", true), plain, null));
    }

    [Fact]
    public void A_text_that_ends_in_a_colon_is_a_label_not_a_value()
    {
        var village = new RecordField("village", "string", true) { Description = "village after 📍 Tanax̂ as written, without the island in brackets" };
        var value = Source(new SourceTraits(), distinct: 1, seen: 1, sample: ["Iluulux̂ (Nawan-Alaxsxa)"], fields: ["village"]) with { Hints = ["icon:📍"] };
        var label = value with { Sample = ["📍 Tanax̂:"] };

        Evidence.Score(village, label, null).ShouldBeLessThan(Evidence.Score(village, value, null) - 0.3);
    }

    [Fact]
    public void Before_the_dot_is_the_first_part_not_the_whole_text_nor_what_follows_the_dot()
    {
        var settlement = new RecordField("settlement", "string", true) { Description = "settlement as written in the 📍 Буга column, before the dot, without the river or lake after it" };
        var whole = Source(new SourceTraits(), sample: ["Тура · Катэӈэ бира", "Есэй · Есэй амут"], fields: ["settlement"]) with { Hints = ["📍 Буга"] };
        // A part is not named by its cell's header (the survey names no part by what names the whole).
        var first = whole with { Read = "part:1", Sample = ["Тура", "Есэй"], Hints = [] };
        var after = whole with { Sel = ":scope > span", Sample = ["Катэӈэ бира", "Есэй амут"], Hints = ["📍 Буга", "span:last"] };

        Evidence.Score(settlement, first, null).ShouldBeGreaterThan(Evidence.Score(settlement, whole, null) + PlanChooser.TieMargin);
        Evidence.Score(settlement, first, null).ShouldBeGreaterThan(Evidence.Score(settlement, after, null) + PlanChooser.TieMargin);
    }

    [Fact]
    public void A_place_that_starts_with_the_icon_of_what_the_field_is_set_against_holds_that()
    {
        var bake = new RecordField("salmonBake", "date", true) { Description = "date of the Salmon Bake (🔥), not the day the season opens (🎣)" };
        var plain = Source(new SourceTraits { Date = 1 }, fields: ["salmonBake"]) with { Named = "Salmon Bake", Hints = ["salmon bake"] };
        var season = plain with { Hints = ["salmon bake", "icon:🎣"] };

        Evidence.Score(bake, season, null).ShouldBeLessThan(Evidence.Score(bake, plain, null) - 0.5);
    }

    [Fact]
    public void A_yes_no_place_that_writes_the_words_the_description_gives_for_yes_and_no_is_the_likelier()
    {
        var delivers = new RecordField("homeDelivery", "boolean", true) { Description = "whether it delivers to homes (🛵; آہو = yes, نئیں = no)" };
        static SurveySource Reading(params (string Text, bool Value)[] texts) => Source(new SourceTraits(), fields: ["homeDelivery"]) with
        {
            Is = new Dictionary<string, IReadOnlyDictionary<string, bool>> { ["homeDelivery"] = texts.ToDictionary(t => t.Text, t => t.Value) },
        };
        var said = Reading(("🛵 آہو", true), ("🛵 نئیں", false));
        var titled = Reading(("گھر تک پچاندے آں", true), ("گھر تک نئیں پچاندے", false));

        Evidence.Score(delivers, said, null).ShouldBeGreaterThan(Evidence.Score(delivers, titled, null) + 0.15);
    }

    [Fact]
    public void A_title_the_same_on_every_record_names_its_place_rather_than_saying_yes()
    {
        var online = new RecordField("onlineOrders", "boolean", true) { Description = "whether it takes orders online (🛒; Huo = yes, Uwa = no)" };
        var titled = Source(new SourceTraits(), distinct: 1, seen: 6, read: "attr:title", sample: ["Nagabaton it order sa online"], fields: ["onlineOrders"]);

        Evidence.Score(online, titled, null).ShouldBeLessThan(Evidence.Score(online, titled with { Read = "text" }, null) - 0.3);
    }

    [Fact]
    public void A_price_per_kilogram_is_wanted_where_the_page_says_what_quantity_each_price_is_for()
    {
        var perQuantity = Source(new SourceTraits { Currency = 1, Numeric = 1, PerUnit = 1 }, fields: ["pricePerKg", "price"]);
        var bare = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["pricePerKg", "price"]);
        var rate = new RecordField("pricePerKg", "number", true);
        var price = new RecordField("price", "number", true);

        Evidence.Score(rate, perQuantity, null).ShouldBeGreaterThan(Evidence.Score(rate, bare, null) + 0.5);
        Evidence.Score(price, perQuantity, null).ShouldBeLessThan(Evidence.Score(price, bare, null), "a price per kilo beside the price is the price of another quantity");
    }

    [Fact]
    public void A_street_and_its_house_number_count_nothing_and_a_bill_in_a_named_currency_is_money()
    {
        var count = new RecordField("reviewCount", "integer", true);
        var street = Source(new SourceTraits { Street = 1, Address = 1 }, fields: ["reviewCount"]);
        var reviews = Source(new SourceTraits { Numeric = 1 }, fields: ["reviewCount"]);
        var bill = new RecordField("averageBill", "integer", true) { Description = "average bill per person in so'm" };

        Evidence.Score(count, street, null).ShouldBeLessThan(Evidence.Score(count, reviews, null));
        Evidence.Score(bill, Source(new SourceTraits { Currency = 1 }, fields: ["averageBill"]), null)
            .ShouldBeGreaterThan(Evidence.Score(bill, Source(new SourceTraits { Numeric = 1 }, fields: ["averageBill"]), null));
    }

    [Fact]
    public void The_weekdays_a_label_names_say_whose_hours_they_are()
    {
        SurveySource Hours(string days, params string[] more) => Source(new SourceTraits(), seen: 1, fields: ["openOnSunday", "opensAt", "closesAt"]) with { Hints = [days, .. more] };
        var weekdays = Hours("days:1,2,3,4,5,6", "range:start");
        var sunday = Hours("days:7", "range:start");
        var onSunday = new RecordField("openOnSunday", "boolean", true);
        var opens = new RecordField("opensAt", "string", true) { Description = "weekday opening time (HH:MM, 24-hour)" };
        var closes = new RecordField("closesAt", "string", true) { Description = "weekday closing time (HH:MM, 24-hour)" };

        Evidence.Score(onSunday, sunday, null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
        Evidence.Score(onSunday, weekdays, null).ShouldBeLessThan(Evidence.Credible, "hours labelled Monday to Saturday say nothing of Sunday");
        Evidence.Score(opens, weekdays, null).ShouldBeGreaterThan(Evidence.Score(opens, sunday, null) + PlanChooser.TieMargin);
        Evidence.Score(closes, weekdays, null).ShouldBeLessThan(Evidence.Score(opens, weekdays, null), "a range read whole is its start");
    }

    [Fact]
    public void A_size_kept_as_written_is_a_measure_with_its_unit()
    {
        var size = new RecordField("size", "string", true) { Description = "pack size as written on the page" };
        var measures = Source(new SourceTraits { Numeric = 0.9, Measured = 0.75 }, fields: ["size"]);

        Evidence.Score(size, measures, null).ShouldBeGreaterThan(Evidence.Score(new RecordField("name", "string", true), measures with { Fit = new Dictionary<string, double> { ["name"] = 1 } }, null));
        Evidence.Score(size, measures, null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
    }

    [Fact]
    public void The_one_word_every_value_ends_with_is_the_page_s_word_for_a_field_described_without_it()
    {
        var taluka = new RecordField("taluka", "string", true) { Description = "the taluka the product comes from, without the word for taluka" };
        var places = Source(new SourceTraits(), fields: ["taluka"]) with { Suffix = " तालुको" };

        Evidence.Score(taluka, places, null).ShouldBeGreaterThan(Evidence.Score(taluka, places with { Suffix = null }, null) + PlanChooser.TieMargin);
    }

    [Fact]
    public void A_town_s_name_has_no_figures()
    {
        var town = new RecordField("town", "string", true);

        Evidence.Score(town, Source(new SourceTraits(), sample: ["Ярмакпелькс № 4100", "Ярмакпелькс № 4113"], fields: ["town"]), null).ShouldBeLessThan(Evidence.Credible);
        Evidence.Score(town, Source(new SourceTraits(), sample: ["Ромоданово", "Саранск"], fields: ["town"]), null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
    }

    [Fact]
    public void A_place_named_as_what_the_description_leaves_out_holds_that_not_the_field()
    {
        var town = new RecordField("town", "string", true) { Description = "town or city, without the barangay" };
        var barangay = Source(new SourceTraits(), sample: ["Brgy. Dolores", "Brgy. San Jose"], fields: ["town"]) with { Named = "Barangay", Hints = ["barangay"] };
        var balen = Source(new SourceTraits(), sample: ["San Fernando", "Mexico"], fields: ["town"]) with { Named = "Balen", Hints = ["balen"] };

        Evidence.Score(town, barangay, null).ShouldBeLessThan(Evidence.Credible);
        Evidence.Score(town, balen, null).ShouldBeGreaterThan(Evidence.Score(town, barangay, null) + PlanChooser.TieMargin);
        town.LeftOutWords.ShouldBe(["barangay"]);
        new RecordField("taluka", "string", true) { Description = "without the word for taluka" }.LeftOutWords.ShouldBeEmpty();
        new RecordField("tokunbo", "boolean", true) { Description = "whether the car is foreign-used (tokunbo) rather than Nigerian-used" }.DescribedWords
            .ShouldBe(["car", "foreign", "tokunbo"], "what it is set against, and the word both sides share, tell nothing apart");
    }

    [Fact]
    public void A_place_named_as_what_the_description_sets_the_field_against_holds_that_not_the_field()
    {
        var adult = new RecordField("adultPriceEur", "integer", true) { Description = "price for one adult in euros, not the children's price; 0 when the tour is free" };
        var children = Source(new SourceTraits { Currency = 1 }, sample: ["12,00 €", "7,00 €"], fields: ["adultPriceEur"]) with { Named = "Children (6–14)", Hints = ["children 6 14"] };
        var grownUps = children with { Named = "Erwachsene", Hints = ["erwachsene"] };

        adult.OtherWords.ShouldBe(["children"], "the word both share names neither apart");
        adult.DescribedWords.ShouldNotContain("children");
        Evidence.Score(adult, grownUps, null).ShouldBeGreaterThan(Evidence.Score(adult, children, null) + 0.5);
        new RecordField("canoes", "integer", true) { Description = "number of canoes (not kayaks)" }.OtherWords.ShouldBe(["kayak"]);
        var car = new RecordField("carLicencePriceGnf", "integer", true) { Description = "price of the car licence (permis B) course in Guinean francs, not the motorbike licence" };
        var moto = Source(new SourceTraits { Currency = 1 }, sample: ["1 100 000 GNF", "850 000 GNF"], fields: ["carLicencePriceGnf"]) with { Label = "Permis A (moto)" };
        Evidence.Score(car, moto with { Label = "Permis B (mɔbili)" }, null).ShouldBeGreaterThan(Evidence.Score(car, moto, null) + 0.5, "a word cut short names what it is the start of");
        Evidence.Score(car, moto with { Label = "Permis A (mo)" }, null).ShouldBe(Evidence.Score(car, moto with { Label = "Permis B (mɔbili)" }, null), "three letters are too few to say");
        new RecordField("quantity", "integer", true) { Description = "units in stock; 0 when the item is not in stock" }.OtherWords.ShouldBeEmpty();
        new RecordField("sackPriceKz", "integer", true) { Description = "price of one 25 kg sack of fuba, not the price of 1 kg" }.OtherWords.ShouldBeEmpty("kg is in both");
        var rent = new RecordField("rentMzn", "integer", true) { Description = "monthly rent in Mozambican meticais, not the deposit (caução)" };
        rent.OtherWords.ShouldBe(["deposit", "caução"], "a gloss of what the field is set against names it too");
        rent.DescribedWords.ShouldNotContain("caução");
        new RecordField("nextAuction", "string", true) { Description = "date of its next coffee auction (📅 ሺጮ ጨረታ); not last year's auction (ጨረታ 2018) or the coffee festival" }
            .OtherWords.ShouldBe(["last", "year", "2018", "festival"], "a semicolon sets what follows against the field as a comma does; the page's word both share names neither apart");
        new RecordField("smokehouses", "integer", true) { Description = "number of smokehouses (smokhaws), not canoes and boats (kʰanim pi bot), workers (tilixam mamuk) or the year it started" }
            .OtherWords.ShouldContain("mamuk", "the last thing set against may follow a gloss without a comma");
    }

    [Fact]
    public void A_synonym_of_what_the_description_sets_the_field_against_names_that_and_an_unlabelled_place_is_named_by_its_legend()
    {
        var next = new RecordField("nextExamDate", "date", true) { Description = "date of the next driving test session, not the last session or the registration deadline" };
        var session = Source(new SourceTraits(), seen: 1, sample: ["24 juillet 2027"], fields: ["nextExamDate"]);
        Evidence.Score(next, session with { Named = "Ekɔ́ŋɔ́ ya ényi ézu (prochaine session d'examen)" }, null)
            .ShouldBeGreaterThan(Evidence.Score(next, session with { Named = "Ekɔ́ŋɔ́ ya nkpwaa (dernière session)" }, null) + 0.4, "'dernière' is the lexicon's word for last");
        Evidence.Score(next, session with { Named = "Asugan ya ntiliga (clôture des inscriptions)" }, null)
            .ShouldBeLessThan(Evidence.Score(next, session with { Named = "Ekɔ́ŋɔ́ ya ényi ézu (prochaine session d'examen)" }, null) - 0.4, "'inscriptions' is the registration");

        var person = new RecordField("pricePerPersonMzn", "integer", true) { Description = "price for one person in Mozambican meticais, not the whole-boat charter" };
        var icon = Source(new SourceTraits { Currency = 1 }, sample: ["1.800,00 MT"], fields: ["pricePerPersonMzn"]);
        Evidence.Score(person, icon with { Hints = ["Ekhalari ya mutthu mmosa (preço por pessoa)"] }, null)
            .ShouldBeGreaterThan(Evidence.Score(person, icon with { Hints = ["Ekalawa yotheene (barco inteiro / whole-boat charter)"] }, null) + 0.5, "an icon's legend names what it shows");

        var bag = new RecordField("bagPriceInr", "integer", true) { Description = "price of one 25 kg bag of rice in Indian rupees, not the price per kilo" };
        var rice = Source(new SourceTraits { Currency = 1 }, sample: ["₹ 1,150"], fields: ["bagPriceInr"]);
        Evidence.Score(bag, rice with { Named = "Caole 25 kg bora (rice, 25 kg bag)" }, null)
            .ShouldBeGreaterThan(Evidence.Score(bag, rice with { Named = "Caole bora (rice bag)" }, null), "kg, the description's own word, is a kilo's synonym but no word against it; the quantity it names counts for it");

        var taco = new RecordField("tacoMxn", "number", true) { Description = "price of one taco in pesos, not three" };
        var pesos = Source(new SourceTraits { Currency = 1 }, sample: ["$25.00"], fields: ["tacoMxn"]);
        Evidence.Score(taco, pesos with { Named = "Precio Taco, 1" }, null)
            .ShouldBeGreaterThan(Evidence.Score(taco, pesos with { Named = "Precio Taco, 3" }, null) + 0.5, "'one taco' is the column that counts one of it, not three");

        var area = new RecordField("area", "string", true) { Description = "area of Calabar as written, without the city" };
        var pin = Source(new SourceTraits(), sample: ["Ekpo Abasi, Calabar"], fields: ["area"]) with { Hints = ["location"] };
        Evidence.Score(area, pin, null).ShouldBeGreaterThan(0, "what a description leaves out is named by its own word, not its synonyms: a pin's 'location' is no city");
    }

    [Fact]
    public void What_a_description_sets_the_field_against_is_each_thing_it_lists_but_not_what_it_goes_on_to_say()
    {
        var room = new RecordField("doubleRoomTzs", "integer", true) { Description = "price of a double room for one night in Tanzanian shillings, not the single room, the dormitory bed or the dollar price" };
        room.OtherWords.ShouldBe(["single", "dormitory", "bed", "dollar"], ignoreOrder: true);
        room.DescribedWords.ShouldNotContain("dormitory");
        var coffee = new RecordField("greenKiloPriceIdr", "integer", true) { Description = "price of 1 kg of green coffee beans (kopi beras) in rupiah, not the wet parchment (gabah) or the roasted 250 g pack" };
        coffee.OtherWords.ShouldBe(["wet", "parchment", "gabah", "roasted", "250", "pack"], ignoreOrder: true, "a thing after a gloss and 'or the' is listed too");
        var awamori = new RecordField("bottlePriceJpy", "integer", true) { Description = "price of one 720 ml bottle of the standard awamori in yen, not the 1.8 L isshobin or the aged kusu" };
        awamori.OtherWords.ShouldContain("aged", "a decimal point ends no phrase");
        awamori.DescribedWords.ShouldNotContain("isshobin");
        var bag = new RecordField("bagPriceGhs", "number", true) { Description = "price of one bag, not a single sachet, in Ghana cedis" };
        bag.DescribedWords.ShouldContain("cedi");
        bag.OtherWords.ShouldBe(["single", "sachet"], ignoreOrder: true);

        // A list whose last thing comes after "or" and that ends the description lists every thing in it, however each starts.
        var room2 = new RecordField("roomForTwoInr", "integer", true)
        {
            Description = "ordinary price of one room for two people for one night (Room (2 manu), 1 rati) in rupees, not the Hornbill Festival price (Hornbill time te), one person (1 manu), with meals (khana logote), an extra bed (Extra bistar), a tent or the whole house (Pura ghor)",
        };
        room2.OtherWords.ShouldContain("bistar");
        room2.OtherWords.ShouldContain("tent");
        room2.DescribedWords.ShouldNotContain("bistar");
        room2.DescribedWords.ShouldContain("rati");
        var cedis = new RecordField("bagPriceGhs", "number", true) { Description = "price of one bag, not a single sachet, in Ghana cedis or dollars" };
        cedis.OtherWords.ShouldBe(["single", "sachet"], ignoreOrder: true, "what the description goes on to say is no thing listed: its last part is not after a list of things set apart by commas");
    }

    [Fact]
    public void A_label_that_names_half_of_the_unit_names_another_quantity_than_one_of_it()
    {
        var squid = new RecordField("squidKgPhp", "number", true) { Description = "ordinary price of one kilo of grilled squid (Pusit sinugba, 1 kilo) in pesos, not half a kilo (½ kilo)" };
        var price = Source(new SourceTraits { Currency = 1 }, sample: ["₱ 480.00", "₱ 450.00"], fields: ["squidKgPhp"]);

        Evidence.Score(squid, price with { Label = "pusit sinugba, 1 kilo" }, null)
            .ShouldBeGreaterThan(Evidence.Score(squid, price with { Label = "pusit sinugba, ½ kilo" }, null) + PlanChooser.TieMargin, "½ is an amount beside the unit, half of it");
    }

    [Fact]
    public void The_town_after_a_place_is_what_a_field_without_the_town_leaves_out_and_a_town_is_what_one_without_the_neighbourhood_wants()
    {
        var neighbourhood = new RecordField("neighbourhood", "string", true) { Description = "neighbourhood (quartier) as written, without the town" };
        var whole = Source(new SourceTraits { Town = 1 }, sample: ["Ouando, Porto-Novo"], fields: ["neighbourhood", "city"]) with { Hints = ["location"] };
        var last = Source(new SourceTraits(), sample: ["Porto-Novo"], fields: ["neighbourhood", "city"]) with { Span = "last", Hints = ["location", "role:region"] };

        neighbourhood.LeavesOutRegion.ShouldBeTrue();
        Evidence.Score(neighbourhood, whole, null).ShouldBeGreaterThan(Evidence.Score(neighbourhood, last, null) + PlanChooser.TieMargin);
        Affixes.Span(neighbourhood, whole, null).ShouldBe("first");

        var city = new RecordField("city", "string", true) { Description = "city, without the neighbourhood" };
        city.LeavesOutRegion.ShouldBeFalse();
        Evidence.Score(city, last, null).ShouldBeGreaterThan(Evidence.Score(city, whole, null) + PlanChooser.TieMargin);
        Affixes.Span(city, whole, null).ShouldBeNull("the part before the town is the neighbourhood");

        var village = new RecordField("village", "string", true) { Description = "village or town as written, without the parish (St. ..., Christ Church)" };
        var parish = Source(new SourceTraits(), sample: ["St. Joseph", "Christ Church"], fields: ["village"]) with { Span = "last", Hints = ["location", "role:region"] };
        var place = Source(new SourceTraits(), sample: ["📍 Bathsheba, St. Joseph", "📍 Sargeant Village, Christ Church"], fields: ["village"]) with { Hints = ["location"] };
        village.LeavesOutRegion.ShouldBeTrue("a parish is a region a place is written before");
        Evidence.Score(village, place, null).ShouldBeGreaterThan(Evidence.Score(village, parish, null));
    }

    [Fact]
    public void A_table_row_headed_by_words_the_field_never_uses_is_another_thing_s()
    {
        var fare = new RecordField("fareToPortHarcourtNgn", "integer", true) { Description = "one-way fare to Port Harcourt in Nigerian naira, not the return fare" };
        var harcourt = Source(new SourceTraits { Currency = 1 }, sample: ["₦12,500"], fields: [fare.Name]) with { Hints = ["Port Harcourt (Bundu) Ijeek kiet (one way)", "row:Port Harcourt (Bundu)"] };
        var bonny = harcourt with { Hints = ["Bonny Ijeek kiet (one way)", "row:Bonny"] };

        Evidence.Score(fare, harcourt, null).ShouldBeGreaterThan(Evidence.Score(fare, bonny, null) + PlanChooser.TieMargin);
        Evidence.Score(fare, bonny, null).ShouldBe(Evidence.Score(fare, bonny with { Hints = ["Bonny Ijeek kiet (one way)"] }, null) - 0.3, 1e-9);
    }

    [Fact]
    public void The_page_s_gloss_of_a_label_names_the_quantity_described_though_it_writes_the_unit_first()
    {
        var bag = new RecordField("bagPriceGhs", "number", true) { Description = "price of one bag of 30 sachets in Ghana cedis, not the price of a single sachet" };
        var price = Source(new SourceTraits { Currency = 1 }, sample: ["GH₵ 9.50"], fields: [bag.Name]) with { Named = "Bɔɔgo ko", Hints = ["Bɔɔgo ko"] };

        Evidence.Score(bag, price with { Hints = ["Bɔɔgo ko", "yɛ sachet 30 (500 ml) bɔbɔ ko"] }, null).ShouldBeGreaterThan(Evidence.Score(bag, price, null) + PlanChooser.TieMargin);
        Evidence.Score(bag, price with { Hints = ["Bɔɔgo ko", "yɛ sachet 12"] }, null).ShouldBeLessThan(Evidence.Score(bag, price, null), "12 sachets are another quantity");
    }

    [Fact]
    public void A_label_that_names_the_quantity_described_is_the_field_s_and_one_naming_another_of_its_unit_is_not()
    {
        var jerrycan = new RecordField("jerrycanPriceNgn", "integer", true) { Description = "price of one 25-litre jerrycan of palm oil in naira, not the 1 litre bottle" };
        var price = Source(new SourceTraits { Currency = 1 }, sample: ["₦52,000", "₦49,500"], fields: ["jerrycanPriceNgn"]);
        var unnamed = Evidence.Score(jerrycan, price with { Label = "Ufok" }, null);

        Evidence.Score(jerrycan, price with { Label = "Jerikan 25 L" }, null).ShouldBeGreaterThan(unnamed);
        Evidence.Score(jerrycan, price with { Label = "Kpukpuru 1 L" }, null).ShouldBeLessThan(unnamed);
        Evidence.Score(jerrycan, price with { Label = "Kpukpuru 2 kg" }, null).ShouldBe(unnamed, "another unit says nothing");
    }

    [Fact]
    public void A_label_with_its_value_or_a_phone_number_is_no_count()
    {
        var months = new RecordField("warrantyMonths", "integer", true) { Description = "length of the warranty in months" };
        var number = Source(new SourceTraits { Numeric = 1 }, seen: 1, sample: ["0812 6677 9012"], fields: ["warrantyMonths"]) with { Hints = ["value:wa"] };

        Evidence.Score(months, number with { Traits = new SourceTraits { Numeric = 1, Labelled = 1 } }, null).ShouldBeLessThan(Evidence.Score(months, number, null) - 0.25);
        Evidence.Score(months, number with { Traits = new SourceTraits { Numeric = 1, Phone = 1 } }, null).ShouldBeLessThan(Evidence.Score(months, number, null) - 0.25);
    }

    [Fact]
    public void A_place_is_named_in_a_few_words_and_a_street_with_its_number_is_no_place_s_name()
    {
        var district = new RecordField("district", "string", true);
        var station = new RecordField("station", "string", true);

        Evidence.Score(district, Source(new SourceTraits { Words = 7 }, fields: ["district"]), null)
            .ShouldBeLessThan(Evidence.Score(district, Source(new SourceTraits { Words = 2 }, fields: ["district"]), null) - PlanChooser.TieMargin);
        Evidence.Score(district, Source(new SourceTraits { Words = 2 }, fields: ["district"]) with { Suffix = " кожуун" }, null)
            .ShouldBeGreaterThan(Evidence.Score(district, Source(new SourceTraits { Words = 2 }, fields: ["district"]), null) + PlanChooser.TieMargin);
        Evidence.Score(station, Source(new SourceTraits { Words = 3, Street = 1 }, fields: ["station"]), null)
            .ShouldBeLessThan(Evidence.Score(station, Source(new SourceTraits { Words = 1 }, fields: ["station"]), null));
    }

    [Fact]
    public void A_place_or_a_company_is_no_code_and_a_place_no_company()
    {
        var employer = new RecordField("employer", "string", true);
        var town = new RecordField("town", "string", true);

        Evidence.Score(employer, Source(new SourceTraits { Code = 1, Words = 1 }, fields: ["employer"]), null)
            .ShouldBeLessThan(Evidence.Score(employer, Source(new SourceTraits { Words = 3 }, fields: ["employer"]), null));
        Evidence.Score(town, Source(new SourceTraits { Company = 1, Words = 3 }, fields: ["town"]), null)
            .ShouldBeLessThan(Evidence.Score(town, Source(new SourceTraits { Words = 1 }, fields: ["town"]), null));
    }

    [Fact]
    public void A_unit_a_number_is_written_in_does_not_outweigh_a_label_that_names_another_thing()
    {
        var length = new RecordField("lengthMiles", "number", true) { Description = "length of the hike in miles" };
        var parking = Source(new SourceTraits { Numeric = 1 }, fields: ["lengthMiles"]) with { Named = "Parking", Hints = ["parking", "value:mi"] };
        var trail = Source(new SourceTraits { Numeric = 1 }, fields: ["lengthMiles"]) with { Named = "Anakko' i chalan", Hints = ["anakko' i chalan", "value:mi"] };

        Evidence.Score(length, parking, null).ShouldBeLessThan(Evidence.Score(length, trail, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void A_code_of_letters_and_digits_is_no_bare_number()
    {
        var flight = new RecordField("flight", "string", true) { Description = "flight number as written" };

        Evidence.Score(flight, Source(new SourceTraits { Numeric = 1, Coded = 1, Words = 2 }, fields: ["flight"]), null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
    }

    [Fact]
    public void A_year_counts_nothing_else()
    {
        var copies = new RecordField("copiesAvailable", "integer", true);
        var founded = new RecordField("yearFounded", "integer", true);

        Evidence.Score(copies, Source(new SourceTraits { Numeric = 1, Year = 1 }, fields: ["copiesAvailable"]), null)
            .ShouldBeLessThan(Evidence.Score(copies, Source(new SourceTraits { Numeric = 1 }, fields: ["copiesAvailable"]), null));
        Evidence.Score(founded, Source(new SourceTraits { Numeric = 1, Year = 1 }, fields: ["yearFounded"]), null)
            .ShouldBeGreaterThan(Evidence.Score(founded, Source(new SourceTraits { Numeric = 1 }, fields: ["yearFounded"]), null));
    }

    [Fact]
    public void The_town_at_the_end_of_an_address_is_a_weaker_address_than_the_whole()
    {
        var address = new RecordField("address", "string", true) { Description = "street address" };
        var whole = Source(new SourceTraits(), seen: 1, fields: ["address"]) with { Hints = ["address"] };

        Evidence.Score(address, whole with { Span = "last" }, null).ShouldBeLessThan(Evidence.Score(address, whole, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void A_title_is_its_whole_heading_and_a_city_without_its_neighbourhood_the_part_after_it()
    {
        var title = new RecordField("title", "string", true);
        var heading = Source(new SourceTraits(), fields: ["title"]) with { Hints = ["role:heading"] };
        var city = new RecordField("city", "string", true) { Description = "city, without the neighbourhood" };
        var where = Source(new SourceTraits(), fields: ["city"]);

        Evidence.Score(title, heading with { Span = "last" }, null).ShouldBeLessThan(Evidence.Score(title, heading, null) - PlanChooser.TieMargin);
        Evidence.Score(city, where with { Span = "last" }, null).ShouldBeGreaterThan(Evidence.Score(city, where, null) + PlanChooser.TieMargin);
    }

    [Fact]
    public void A_value_that_is_the_same_in_every_record_is_a_label_not_a_name()
    {
        var name = new RecordField("name", "string", true);

        Evidence.Score(name, Source(new SourceTraits(), distinct: 1, fields: ["name"]), null).ShouldBeLessThan(Evidence.Credible);
        Evidence.Score(name, Source(new SourceTraits(), distinct: 10, fields: ["name"]), null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
    }

    [Fact]
    public void A_phone_field_wants_a_phone_number_and_a_name_does_not_want_a_number()
    {
        var phone = new RecordField("phone", "string", true);
        var name = new RecordField("name", "string", true);
        var digits = Source(new SourceTraits { Phone = 1, Numeric = 1 }, fields: ["phone", "name"]);
        var words = Source(new SourceTraits { Words = 2 }, fields: ["phone", "name"]);

        Evidence.Score(phone, digits, null).ShouldBeGreaterThan(Evidence.Score(phone, words, null));
        Evidence.Score(name, digits, null).ShouldBeLessThan(Evidence.Credible);
    }

    [Fact]
    public void A_code_is_one_token_an_upper_case_code_or_a_whole_number_not_a_measure_or_an_amount()
    {
        var code = new RecordField("code", "string", true) { Description = "ISO code" };
        var letters = Source(new SourceTraits { Code = 1, Words = 1 }, fields: ["code"]);
        var whole = Source(new SourceTraits { Numeric = 1, Words = 1 }, fields: ["code"]);
        var measure = Source(new SourceTraits { Numeric = 1, Fraction = 1, Words = 1 }, fields: ["code"]);

        Evidence.Score(code, letters, null).ShouldBe(Evidence.Score(code, whole, null), 1e-9);
        (Evidence.Score(code, letters, null) - Evidence.Score(code, measure, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void A_date_kept_as_text_is_wanted_in_digits_and_not_in_other_words()
    {
        var date = new RecordField("date", "string", true);
        var digits = Source(new SourceTraits { Numeric = 1, Date = 1 }, fields: ["date", "name"]);

        Evidence.Score(date, digits, null).ShouldBeGreaterThan(Evidence.Score(new RecordField("name", "string", true), digits, null));
        Evidence.Score(date, Source(new SourceTraits { Words = 1 }, fields: ["date"]), null).ShouldBe(0);
    }

    [Fact]
    public void An_amount_of_money_counts_nothing()
    {
        var tankers = new RecordField("tankers", "integer", true) { Description = "number of water tankers now" };
        var count = Source(new SourceTraits { Numbers = 1 }, seen: 1, distinct: 1, fields: ["tankers"]) with { Named = "Tanka kulya (full tanker load)", Hints = ["tanka kulya full tanker load"] };

        var money = count with { Traits = new SourceTraits { Numbers = 1, Currency = 1 } };
        var unsaid = new RecordField("tankers", "integer", true);

        Evidence.Score(tankers, count, null).ShouldBeGreaterThan(0);
        Evidence.Score(tankers, money, null).ShouldBe(0, "a number the description says counts is never read from an amount of money");
        (Evidence.Score(unsaid, count, null) - Evidence.Score(unsaid, money, null)).ShouldBe(0.6, 1e-9, "one it does not say counts may be a price in cents");
    }

    [Fact]
    public void A_date_every_value_says_is_of_another_kind_is_not_the_field_s()
    {
        var harvest = new RecordField("harvestStart", "date", true) { Description = "date the next harvest starts" };
        var dated = Source(new SourceTraits { Date = 1 }, distinct: 3, seen: 3, sample: ["Kutenda kukutachika: 15/07/2027"], fields: ["harvestStart"]);
        var updated = dated with { Sample = ["Eña = yes · Ayisonekeli (updated) 10/06/2027"] };

        (Evidence.Score(harvest, dated, null) - Evidence.Score(harvest, updated, null)).ShouldBe(0.3, 1e-9);
        Evidence.Score(new RecordField("updated", "date", true), updated, null).ShouldBe(Evidence.Score(new RecordField("updated", "date", true), dated, null), 1e-9);
    }

    [Fact]
    public void Label_and_value_text_and_links_are_poor_text_values()
    {
        var address = new RecordField("address", "string", true);

        Evidence.Score(address, Source(new SourceTraits { Labelled = 1 }, fields: ["address"]), null).ShouldBeLessThan(Evidence.Credible);
        Evidence.Score(address, Source(new SourceTraits(), read: "attr:href", fields: ["address"]), null).ShouldBeLessThan(Evidence.Credible);
    }

    [Fact]
    public void A_value_carrying_the_unit_its_description_names_by_initials_is_preferred()
    {
        var rent = new RecordField("rent", "number", true) { Description = "rent per calendar month" };
        var monthly = Source(new SourceTraits { Currency = 1 }, sample: ["£1,450 pcm"], fields: ["rent"]);
        var weekly = Source(new SourceTraits { Currency = 1 }, sample: ["(£335 pw)"], fields: ["rent"]);

        (Evidence.Score(rent, monthly, null) - Evidence.Score(rent, weekly, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void On_a_page_read_once_text_needs_a_name_or_a_shape_to_count()
    {
        var address = new RecordField("address", "string", true);
        var plain = Source(new SourceTraits { Words = 3 }, distinct: 1, seen: 1, fields: ["address"]);

        Evidence.Score(address, plain, null).ShouldBe(0);
        Evidence.Score(address, plain with { Hints = ["Address"] }, null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
        Evidence.Score(address, plain with { Traits = new SourceTraits { Address = 1 } }, null).ShouldBeGreaterThanOrEqualTo(Evidence.Credible);
    }

    [Fact]
    public void The_unit_a_field_names_counts_beside_other_numbers()
    {
        var room = new RecordField("readingRoomM2", "number", true);
        var measured = Source(new SourceTraits { Numeric = 1, Numbers = 1, Measured = 1 }, sample: ["240 m² (96 n yimukan)"], fields: ["readingRoomM2"])
            with { Units = new Dictionary<string, double> { ["readingRoomM2"] = 1 } };
        var counted = Source(new SourceTraits { Numeric = 1, Numbers = 1 }, sample: ["18 400 n yidlisen, 35 n tesɣunin"], fields: ["readingRoomM2"]);

        Evidence.Score(room, measured, null).ShouldBeGreaterThan(Evidence.Score(room, counted, null) + PlanChooser.TieMargin);
    }

    [Fact]
    public void A_row_s_number_or_a_code_is_no_measure_of_the_record()
    {
        var days = new RecordField("days", "integer", true);
        var rank = new RecordField("rank", "integer", true);
        var measure = Source(new SourceTraits { Numeric = 1 }, fields: ["days", "rank"]);
        var counter = Source(new SourceTraits { Numeric = 1, Counter = 1 }, fields: ["days", "rank"]);
        var code = Source(new SourceTraits { Coded = 1 }, fields: ["days"]);

        Evidence.Score(days, counter, null).ShouldBeLessThan(Evidence.Score(days, measure, null) - PlanChooser.TieMargin);
        Evidence.Score(days, code, null).ShouldBeLessThan(Evidence.Score(days, measure, null) - PlanChooser.TieMargin);
        Evidence.Score(rank, counter, null).ShouldBe(Evidence.Score(rank, measure, null));
    }

    [Fact]
    public void A_professional_title_is_a_rank_records_share_not_their_own_name()
    {
        var title = new RecordField("title", "string", true);
        var names = Source(new SourceTraits { Words = 1 }, distinct: 10, fields: ["title"]);
        var ranks = Source(new SourceTraits { Words = 1 }, distinct: 3, fields: ["title"]);

        Evidence.Score(title, names, null).ShouldBeGreaterThan(Evidence.Score(title, ranks, null), "a title that differs in every record names it");
        Evidence.Score(title, names, ["professional", "title"]).ShouldBe(Evidence.Score(title, ranks, ["professional", "title"]));
    }

    [Fact]
    public void A_price_that_says_free_in_some_records_is_money_and_no_count()
    {
        var free = Source(new SourceTraits { Numeric = 0.7, Free = 0.3 }, fields: ["feeEtb", "places"]);
        var plain = Source(new SourceTraits { Numeric = 1 }, fields: ["feeEtb", "places"]);
        var fee = new RecordField("feeEtb", "number", true) { Description = "course fee in Ethiopian birr, 0 when free" };
        var places = new RecordField("places", "integer", true) { Description = "number of places available" };

        Evidence.Score(fee, free, null).ShouldBeGreaterThan(Evidence.Score(fee, plain, null));
        Evidence.Score(places, free, null).ShouldBeLessThan(Evidence.Score(places, plain, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void An_amount_labelled_as_another_thing_the_lexicon_knows_is_that_thing()
    {
        var rent = new RecordField("rentBob", "number", true) { Description = "monthly rent in Bolivian bolivianos" };
        var deposit = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["rentBob"]) with { Label = "garantía" };
        var unknown = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["rentBob"]) with { Label = "sapa phaxsi payllaña" };

        Evidence.Score(rent, deposit, null).ShouldBeLessThan(Evidence.Score(rent, unknown, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void Texts_that_read_as_yes_or_no_are_no_name_or_place()
    {
        var employer = new RecordField("employer", "string", true);
        var yesNo = Source(new SourceTraits { Words = 1, YesNo = 1 }, distinct: 2, fields: ["employer"]);
        var names = Source(new SourceTraits { Words = 1 }, distinct: 2, fields: ["employer"]);

        Evidence.Score(employer, yesNo, null).ShouldBeLessThan(Evidence.Score(employer, names, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void A_whole_address_is_more_than_a_town()
    {
        var town = new RecordField("town", "string", true);
        var address = new RecordField("address", "string", true);
        var whole = Source(new SourceTraits { Address = 1, Words = 6 }, fields: ["town", "address"]);
        var part = Source(new SourceTraits { Words = 2 }, fields: ["town", "address"]);

        Evidence.Score(town, whole, null).ShouldBeLessThan(Evidence.Score(town, part, null));
        Evidence.Score(address, whole, null).ShouldBeGreaterThan(Evidence.Score(address, part, null));
    }

    [Fact]
    public void A_source_that_fits_too_few_records_is_no_evidence()
    {
        var source = Source(new SourceTraits { Currency = 1 }) with { Fit = new Dictionary<string, double> { ["price"] = 0.4 } };

        Evidence.Score(new RecordField("price", "number", true), source, null).ShouldBe(0);
    }

    [Theory]
    [InlineData("ICAV 14.872", "A 9.9")]
    [InlineData("HRB 187654 B", "A 9 A")]
    [InlineData("Derecho de familia · Valencia", "a a a · a")]
    [InlineData("新宿区", "L")]
    public void A_value_is_outlined_by_its_runs_of_letters_digits_and_marks(string value, string outline) =>
        Evidence.Outline(value).ShouldBe(outline);

    [Fact]
    public void An_old_price_struck_out_and_a_price_inside_a_sentence_lose_to_the_price()
    {
        var cost = new RecordField("cost", "number", true);
        var price = Source(new SourceTraits { Currency = 1, Numeric = 1, Words = 2 }, distinct: 1, seen: 1, fields: ["cost"]);

        (Evidence.Score(cost, price, null) - Evidence.Score(cost, price with { Struck = 1 }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
        (Evidence.Score(cost, price, null) - Evidence.Score(cost, price with { Traits = price.Traits with { Words = 11 } }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void A_value_made_of_two_others_loses_to_its_part_and_one_written_like_the_example_wins()
    {
        var artist = new RecordField("artist", "string", true);
        var text = Source(new SourceTraits { Words = 2 }, fields: ["artist"]);
        (Evidence.Score(artist, text, null) - Evidence.Score(artist, text with { Composite = 1 }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);

        var bar = new RecordField("barNumber", "string", true) { Description = "as shown, e.g. ICAV 12.345" };
        var number = Source(new SourceTraits { Words = 2 }, sample: ["ICAV 14.872", "ICAV 18.031"], fields: ["barNumber"]);
        var prose = Source(new SourceTraits { Words = 4 }, sample: ["Derecho de familia · Valencia"], fields: ["barNumber"]);
        (Evidence.Score(bar, number, null) - Evidence.Score(bar, prose, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }
    [Fact]
    public void A_note_beside_a_value_is_not_the_value_nor_is_the_value_read_with_its_note()
    {
        var members = new RecordField("members", "integer", true) { Description = "number of women members now" };
        var value = Source(new SourceTraits { Numeric = 1 }, fields: ["members"]) with { Hints = ["Members"] };

        (Evidence.Score(members, value, null) - Evidence.Score(members, value with { Note = 1 }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
        (Evidence.Score(members, value, null) - Evidence.Score(members, value with { WithNote = 1 }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void Words_every_value_carries_that_name_what_the_description_sets_the_field_against_say_it_is_that()
    {
        var next = new RecordField("nextMarketDay", "date", true) { Description = "date of the next market day, not the last one (tɛmɛnen)" };
        var members = new RecordField("members", "integer", true) { Description = "number of women members now, not in 2024" };
        var date = Source(new SourceTraits { Date = 1 }, fields: ["nextMarketDay"]) with { Hints = ["Sugu nata", "value:zuwɛnkalo"] };
        var count = Source(new SourceTraits { Numeric = 1 }, fields: ["members"]) with { Hints = ["Musow hakɛ"] };

        (Evidence.Score(next, date, null) - Evidence.Score(next, date with { Hints = [.. date.Hints, "value:tɛmɛnen"] }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
        (Evidence.Score(members, count, null) - Evidence.Score(members, count with { Prefix = "2024: " }, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void Values_that_hold_what_the_description_says_to_leave_out_as_the_page_writes_it_are_not_the_field_s()
    {
        var village = new RecordField("village", "string", true) { Description = "village as written, without the sub-district (ต.)" };
        var whole = Source(new SourceTraits(), fields: ["village"], sample: ["บ้านหนองปลาสะวาย ต.หนองปลาสะวาย", "บ้านสันป่าฝ้าย ต.ป่าซาง"]) with { Hints = ["Village"] };

        (Evidence.Score(village, whole with { Sample = ["บ้านหนองปลาสะวาย", "บ้านสันป่าฝ้าย"] }, null) - Evidence.Score(village, whole, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void The_last_part_after_a_place_is_the_town_a_field_without_the_town_leaves_out()
    {
        var venue = new RecordField("venue", "string", true) { Description = "hall or venue as shown, without the town" };
        var first = Source(new SourceTraits(), read: "part:1", fields: ["venue"]);
        var last = Source(new SourceTraits(), read: "part:2", fields: ["venue"]) with { Hints = ["span:last"] };

        (Evidence.Score(venue, first, null) - Evidence.Score(venue, last, null)).ShouldBeGreaterThan(PlanChooser.TieMargin);
    }

    [Fact]
    public void A_value_that_begins_a_longer_one_fits_a_field_that_leaves_the_rest_out_better_than_the_whole()
    {
        var lake = new RecordField("lake", "string", true) { Description = "lake as written, without the reservation" };
        var labelled = Source(new SourceTraits(), read: "labelled", fields: ["lake"]) with { Hints = ["Lake"] };

        Evidence.Score(lake, labelled with { Leads = 1 }, null).ShouldBeGreaterThan(Evidence.Score(lake, labelled, null));
    }
    [Fact]
    public void A_label_naming_another_quantity_of_the_unit_in_the_page_s_language_is_another_thing_s()
    {
        var litre = new RecordField("litrePriceTnd", "number", true) { Description = "price of one litre of extra virgin olive oil in Tunisian dinars, not the 5-litre can" };
        var price = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["litrePriceTnd"]);

        (Evidence.Score(litre, price with { Hints = ["سوم اللتر"] }, null) - Evidence.Score(litre, price with { Hints = ["البيدون 5 لتر"] }, null))
            .ShouldBeGreaterThan(PlanChooser.TieMargin, "5 لتر is five litres");
        Evidence.Score(litre, price with { Hints = ["سوم اللتر"] }, null).ShouldBe(Evidence.Score(litre, price with { Hints = ["1 لتر"] }, null), 0.001, "the litre is one litre, as the description asks");
    }

    [Fact]
    public void A_unit_a_label_names_alone_is_one_of_it_and_an_amount_in_another_script_is_read()
    {
        var kilo = new RecordField("khalasKiloPriceAed", "number", true) { Description = "price of one kilo of khalas (خلاص) dates in UAE dirhams, not the 5-kilo carton" };
        var price = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["khalasKiloPriceAed"]);

        (Evidence.Score(kilo, price with { Named = "تمر خلاص — الكيلو" }, null) - Evidence.Score(kilo, price with { Named = "تمر خلاص — كرتون ٥ كيلو" }, null))
            .ShouldBeGreaterThan(PlanChooser.TieMargin, "the kilo against five kilos");
        (Evidence.Score(kilo, price with { Named = "تمر خلاص — الكيلو" }, null) - Evidence.Score(kilo, price with { Named = "تمر خلاص — نص كيلو" }, null))
            .ShouldBeGreaterThan(PlanChooser.TieMargin, "the kilo against half of it");
    }

    [Fact]
    public void A_share_is_no_amount_of_money_even_beside_a_price_before_the_discount()
    {
        var listPrice = new RecordField("listPrice", "number", true) { Description = "price before discount in taka" };
        var share = Source(new SourceTraits { Currency = 0, Numeric = 1, Percent = 1 }, fields: ["listPrice"]);
        var amount = Source(new SourceTraits { Currency = 1, Numeric = 1 }, fields: ["listPrice"]);

        Evidence.Score(listPrice, share, null).ShouldBeLessThan(Evidence.Score(listPrice, amount, null) - PlanChooser.TieMargin);
    }

    [Fact]
    public void Records_that_count_themselves_name_nothing_by_their_number()
    {
        var counter = Source(new SourceTraits { Numeric = 1, Counter = 1 }, read: "attr:data-company", sample: ["1", "2", "3"], fields: ["company", "rank"]) with { Hints = ["company"] };
        var name = Source(new SourceTraits(), sample: ["Gateway Bas", "Baby Coach"], fields: ["company"]) with { Hints = ["role:heading"] };
        var company = new RecordField("company", "string", true) { Description = "company's name as written" };

        Evidence.Score(company, counter, null).ShouldBeLessThan(Evidence.Credible, "data-company=\"1\", \"2\", \"3\" is each record's place, not its company");
        Evidence.Score(company, name, null).ShouldBeGreaterThan(Evidence.Credible, "a heading is a name's place when the description calls the field a name");
        Evidence.Score(new RecordField("rank", "integer", true), counter, null).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_figure_with_a_word_of_another_thing_is_no_price_where_nothing_names_it()
    {
        var price = new RecordField("knottedM2Mad", "integer", true) { Description = "price of one square metre in dirhams" };
        var looms = Source(new SourceTraits { Numeric = 1 }, sample: ["14 looms", "9 looms"], fields: ["knottedM2Mad"]) with { Hints = ["value:looms"] };
        var shortCurrency = Source(new SourceTraits { Numeric = 1 }, sample: ["1 400 dh.", "1 250 dh."], fields: ["knottedM2Mad"]) with { Hints = ["value:dh"] };
        var bare = Source(new SourceTraits { Numeric = 1 }, sample: ["1 400", "1 250"], fields: ["knottedM2Mad"]);

        Evidence.Score(price, bare, null).ShouldBeGreaterThan(0);
        Evidence.Score(price, looms, null).ShouldBeLessThan(Evidence.Score(price, bare, null), "14 looms counts looms");
        Evidence.Score(price, shortCurrency, null).ShouldBeGreaterThan(Evidence.Score(price, looms, null), "a word written short after a figure may be its currency");
    }

    [Fact]
    public void A_list_of_prices_a_line_each_is_no_one_price_nor_a_count()
    {
        var canoes = new RecordField("canoes", "integer", true) { Description = "number of canoes (kano's) under Bootjes, not kayaks" };
        var price = new RecordField("canoeDayEur", "number", true) { Description = "price of one canoe for a whole day in euros" };
        var line = Source(new SourceTraits { Currency = 1, Numbers = 1 }, fields: ["canoes", "canoeDayEur"]) with { Hints = ["kano"] };
        var list = line with { PricedLines = 1 };

        Evidence.Score(canoes, line, null).ShouldBe(0, "\"Kano (2 pers.), hiele dag € 35,00\" is a price, not how many canoes there are");
        Evidence.Score(price, line, null).ShouldBeGreaterThan(0);
        Evidence.Score(price, list, null).ShouldBe(0, "a cell listing a price on each line is no one price");
    }
}
