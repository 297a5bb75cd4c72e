using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class FileFilterTests
{
    private static int links;

    private static LinkContext Link(string own, string? row = null, string? item = null, string section = "") =>
        new($"http://127.0.0.1/files/{Interlocked.Increment(ref links)}.pdf", $" {own} ", $" {row ?? own} ", $" {item ?? row ?? own} ", $" {section} ");

    [Fact]
    public void A_word_some_links_carry_keeps_them_and_a_word_after_skip_leaves_its_links_out_where_it_tells()
    {
        var links = new[]
        {
            Link("poytakirja kh poytakirja 2026 01 12 pdf", "1 2026 esityslista poytakirja"),
            Link("esityslista kh esityslista 2026 01 12 pdf", "1 2026 esityslista poytakirja"),
            Link("kokousaikataulu 2026 pdf"),
        };

        var choice = FileFilter.Choose("Download every minutes PDF (pöytäkirja), from 2026 and 2025; skip the agendas (esityslista)", ["pdf"], links);

        choice.ShouldBe(new FileChoice([new FileTerm("poytakirja", "own", true), new FileTerm("esityslista", "own", false)], FileFilter.All), new FileChoiceComparer());
    }

    [Fact]
    public void A_thing_of_another_to_skip_is_told_by_its_own_words()
    {
        var links = new[]
        {
            Link("kuosego report yuuni 2027 june"),
            Link("kuosego report mee 2027 may"),
            Link("kuosego report disemba 2026 december"),
        };

        var choice = FileFilter.Choose("Download the monthly sales reports (kuosego report) of 2027 as PDF files; do not take the Word draft of the June report or the December 2026 report", ["pdf"], links);

        FileFilter.Kept(choice, links).Count.ShouldBe(2, "the June report is no draft of it");
        FileFilter.Choose("Download the minutes; skip the minutes of the 2026 meeting", ["pdf"], [Link("minutes 2027 meeting"), Link("minutes 2026 meeting")])
            .Terms.ShouldContain(new FileTerm("2026", "own", false), "where its own words are all wanted, what it is of tells it");
    }

    [Fact]
    public void An_abbreviation_with_dots_is_one_word_and_a_dot_in_it_ends_no_clause()
    {
        // The page's words have "B.Sc." both ways ("b sc bsc"), as the script's linkContext writes them.
        var links = new[]
        {
            Link("bsc sem i 2027 pdf", "b sc bsc i semester"),
            Link("ba sem i 2027 pdf", "b a ba i semester"),
            Link("bcom sem i 2027 pdf", "b com bcom i semester"),
            Link("bsc sem ii 2026 pdf", "b sc bsc ii semester"),
            Link("bank holidays 2027 pdf"),
        };

        var choice = FileFilter.Choose("Download the B.Sc. timetables for 2027; I don't need the B.A. or B.Com. ones, or the 2026 ones", ["pdf"], links);

        choice.Terms.Select(t => $"{t.Word}:{t.Level}:{t.Keep}").ShouldBe(["2027:own:True", "bsc:own:True", "ba:own:False", "bcom:own:False", "2026:own:False"]);
        FileFilter.Kept(choice, links).ShouldBe([links[0].Href], "'ba' is a whole word: it does not leave out 'bank'");
        choice.Unplaced.ShouldBeEmpty();
    }

    [Fact]
    public void Something_to_skip_that_no_link_names_is_kept_as_unplaced()
    {
        var links = new[] { Link("bsc sem i 2027 pdf", section: "exams 2027"), Link("bsc practicals 2027 pdf", section: "prakatanalu"), Link("ba sem i 2027 pdf") };

        var choice = FileFilter.Choose("Download the B.Sc. timetables; I don't need the Word copies, the B.A. ones or the notices", ["pdf"], links);

        choice.Unplaced.ShouldBe(["the notices"], "'Word' names a kind of file and 'B.A.' is on a link; no link says 'notices'");
        FileFilter.Kept(choice, links).Count.ShouldBe(2);
    }

    [Fact]
    public void A_thing_asked_for_that_no_link_names_in_any_of_its_words_is_unnamed()
    {
        var links = new[]
        {
            Link("tiketi haka e e no te pupu haka 2027", row: "fiche d inscription des groupes de danse 2027"),
            Link("papa ohu a o te matava a 2027"),
            Link("te ture o te matava a"),
            Link("te utu o te fae ho o no te tuhuka 2027"),
        };

        FileFilter.Unnamed("From the committee's documents page, download the 2027 registration form for dance groups, the 2027 festival programme, the festival rules and the 2027 stall fees; do not take the poster", links)
            .ShouldBe(["the festival rules"], "the others are named by their year at least; nothing here says 'festival' or 'rules'");
        FileFilter.Unnamed("Download the 2027 programme as PDF, every version", links).ShouldBeEmpty("a year found, a kind of file named and how many of it are no things unnamed");
        FileFilter.Unnamed("Download every PDF", links).ShouldBeEmpty();
    }

    [Fact]
    public void A_word_to_skip_that_the_task_also_wants_in_another_form_tells_nothing()
    {
        var links = new[]
        {
            Link("protokolo asemblo 2026 03 pdf protokolo di la generala asemblo 14 marto 2026"),
            Link("protokolo asemblo 2027 03 pdf protokolo di la generala asemblo 20 marto 2027"),
            Link("raporto yarala 2026 pdf yarala raporto 2026"),
        };

        var choice = FileFilter.Choose("Download the minutes of the general assemblies held in 2026; not the minutes of the 2027 assembly", ["pdf"], links);

        choice.Terms.ShouldNotContain(t => !t.Keep && t.Word == "assembly", "'assembly' is what the wanted 'assemblies' are");
        FileFilter.Kept(choice, links).ShouldBe([links[0].Href]);
    }

    [Theory]
    [InlineData("leave out the Excel copies, the minutes, the permit form and the photo archive", true)]
    [InlineData("leave out the Excel copies, the minutes and the permit form", false)]
    [InlineData("leave out the Excel copies, the minutes, the Word form and the photo archive", true)]
    public void Keeping_files_named_in_different_ways_is_a_guess_when_more_is_left_out_than_files_of_unnamed_kinds_account_for(string skip, bool guess)
    {
        const string At = "http://127.0.0.1/d/";
        string[] kept = [At + "lapolo-mbongo-2026-T1.pdf", At + "Lapolo_Mbongo_2026_T2.pdf", At + "zulunalo-likita-2026.pdf", At + "motango_bato_2026.csv"];
        string[] onPage = [.. kept, At + "motango_bato_2026.xlsx", At + "mokanda-ndingisa.docx", At + "bafoto-2026.zip"];
        var task = "Download the 2026 budget reports (PDF) and the population counts as CSV; " + skip;
        var choice = FileFilter.Choose(task, ["pdf", "csv"], [.. kept.Select(href => new LinkContext(href, " x ", " x ", " x ", " "))]);

        FileFilter.Guesses(choice, kept, onPage, task).ShouldBe(guess);
        FileFilter.Guesses(choice, [kept[0], kept[1], kept[3]], onPage, task).ShouldBeFalse("the PDFs kept are of one family");
    }

    [Fact]
    public void Something_to_skip_that_a_file_of_a_kind_not_asked_for_names_is_placed()
    {
        var pdfs = new[] { Link("salt bulletin 2027 01 pdf"), Link("salt bulletin 2026 12 pdf") };
        var map = new LinkContext("http://127.0.0.1/files/route.png", " route png ", " caravan route map png ", " caravan route map png ", " ");
        const string task = "Download the 2027 salt bulletins, not the December 2026 bulletin or the caravan route map";

        FileFilter.Choose(task, ["pdf"], pdfs).Unplaced.ShouldBe(["the caravan route map"], "no PDF names the map");
        FileFilter.Unplaced(task, [.. pdfs, map]).ShouldBeEmpty("the PNG says it is the map: it is left out by its kind");
        FileFilter.Placing(task, [.. pdfs, map]).ShouldBe([pdfs[1], map], "each carries the words of a thing to leave out");
    }

    [Fact]
    public void Every_wanted_word_must_be_there_or_when_no_file_has_them_all_any()
    {
        var links = new[]
        {
            Link("pressupost 2027 aprovacio pdf", section: "pressupost 2027"),
            Link("ordenances fiscals 2027 pdf", section: "ordenances fiscals"),
            Link("pressupost 2026 definitiu pdf", section: "exercicis anteriors"),
        };

        FileFilter.Choose("Download the 2027 budget (pressupost 2027)", ["pdf"], links).ShouldBe(
            new FileChoice([new FileTerm("2027", "own", true), new FileTerm("pressupost", "own", true)], FileFilter.All), new FileChoiceComparer());
        FileFilter.Choose("Download the minutes and the agendas", ["pdf"], [Link("minutes pdf"), Link("agendas pdf"), Link("form pdf")]).Match.ShouldBe(FileFilter.Any);
    }

    [Fact]
    public void Files_kept_for_any_one_word_asked_are_told_apart_from_files_that_carry_them_all()
    {
        var links = new[]
        {
            Link("mukanda ya kukota 2027 kikongo ya leta pdf"),
            Link("fiche d adhesion a la cooperative 2027 kifalansa pdf"),
            Link("mibeko ya kimvuka kikongo ya leta pdf"),
            Link("karti ya bilanga pdf"),
        };

        var loose = FileFilter.Choose("Download the form in its Kikongo ya leta version and the cooperative's statutes; not the radio advert", ["pdf"], links);

        FileFilter.KeepsForAnyWord(loose).ShouldBeTrue("no file carries 'kikongo', 'leta' and 'cooperative' together");
        FileFilter.Kept(loose, links).Count.ShouldBe(3, "each file with any of them: the French form among them");
        loose.Unplaced.ShouldBe(["the radio advert"]);
        FileFilter.KeepsForAnyWord(FileFilter.Choose("Download the Kikongo ya leta files", ["pdf"], links)).ShouldBeFalse("two files carry both words");
        FileFilter.KeepsForAnyWord(FileFilter.Choose("Download every PDF", ["pdf"], links)).ShouldBeFalse("no word picks, so none is kept for one word");
    }

    [Fact]
    public void A_word_only_the_heading_or_the_item_around_carries_is_read_there()
    {
        var links = new[] { Link("newsletter 1 pdf", section: "autumn term 2026"), Link("newsletter 7 pdf", section: "summer term 2026"), Link("lunch menu autumn pdf") };
        var tenders = new[] { Link("ilan pdf", "ilan pdf", "acik ikn 41 ilan pdf"), Link("ilan pdf", "ilan pdf", "sonuclandi ikn 29 ilan pdf") };

        FileFilter.Choose("Download every newsletter from the autumn term 2026 (not the menus)", ["pdf"], links).Terms.Select(t => $"{t.Word}:{t.Level}:{t.Keep}")
            .ShouldBe(["newsletter:any:True", "autumn:any:True", "term:any:True", "2026:any:True", "menu:own:False"]);
        FileFilter.Choose("Download the PDFs of the open tenders (Açık); skip concluded ones (Sonuçlandı)", ["pdf"], tenders).Terms.Select(t => $"{t.Word}:{t.Level}:{t.Keep}")
            .ShouldBe(["acik:item:True", "sonuclandi:item:False"]);
    }

    [Fact]
    public void Words_every_link_or_no_link_carries_and_what_including_adds_do_not_narrow()
    {
        var links = new[] { Link("report 2025 pdf", "archive report 2025 pdf"), Link("report 2026 pdf") };

        FileFilter.Choose("Download every report PDF on the page, including the archived ones", ["pdf"], links).Terms.ShouldBeEmpty();
        FileFilter.Choose("Download every PDF", ["pdf"], links).Terms.ShouldBeEmpty();
        FileFilter.Choose("Download every PDF on the archive page", ["pdf"], links).Terms.ShouldBeEmpty();
    }

    [Fact]
    public void A_word_said_both_to_want_and_to_skip_and_a_word_describing_the_kinds_asked_for_choose_nothing()
    {
        LinkContext File(string name, string row, string section) =>
            new($"http://127.0.0.1/dl/{name}", $" {name.Replace('.', ' ')} ", $" {row} ", $" {row} ", $" {section} ");
        var links = new[]
        {
            File("k-3.2-linux.tar.gz", "linux tarball", "kestrel 3 2 latest"), File("k_3.2.deb", "debian ubuntu", "kestrel 3 2 latest"),
            File("k-3.1-linux.tar.gz", "linux tarball", "previous release 3 1"), File("k_3.1.deb", "debian ubuntu", "previous release 3 1"),
        };

        var choice = FileFilter.Choose("Download the Linux packages of the latest release: the tarball and the .deb; not the previous release", ["tar.gz", "deb"], links, kindsNamed: true);

        choice.Terms.Select(t => $"{t.Word}:{t.Keep}").ShouldBe(["previou:False"]);
        FileFilter.Kept(choice, links).ShouldBe(["http://127.0.0.1/dl/k-3.2-linux.tar.gz", "http://127.0.0.1/dl/k_3.2.deb"]);
    }

    [Fact]
    public void A_long_word_finds_its_kin_by_its_start_and_what_the_task_does_not_need_is_left_out()
    {
        var links = new[] { Link("enunciado pdf"), Link("criterios de classificacao pdf"), Link("calendario pdf") };

        var choice = FileFilter.Choose("Download the exam papers; I don't need the marking criteria", ["pdf"], links);

        choice.Terms.Select(t => $"{t.Word}:{t.Keep}").ShouldBe(["criteria:False"]);
        FileFilter.Kept(choice, links).Count.ShouldBe(2);
    }

    [Fact]
    public void Each_part_of_a_task_that_names_its_own_kind_of_file_picks_among_the_files_of_that_kind()
    {
        static LinkContext File(string name, string section) =>
            new($"http://127.0.0.1/ivola/{name}", $" {name.Replace('-', ' ').Replace('.', ' ').ToLowerInvariant()} ", " x ", " x ", $" {section} ");
        LinkContext[] links =
        [
            File("Ripote-ni-Yabaki-2024.pdf", "ripote ni yabaki"), File("Ripote-ni-Yabaki-2025.pdf", "ripote ni yabaki"), File("Ripote-ni-Yabaki-2026.pdf", "ripote ni yabaki"),
            File("Bajeti-2025.xlsx", "bajeti"), File("Bajeti-2026.xlsx", "bajeti"), File("Bajeti-2026.csv", "bajeti"),
        ];
        const string Task = "Download the council's annual reports in PDF for 2025 and 2026 and its budget spreadsheets in Excel format for every year; leave out the CSV copies and the 2024 annual report";
        var (extensions, named) = FileFilter.Kinds(Task);

        var choice = FileFilter.ChooseParts(Task, [.. links.Where(l => !l.Href.EndsWith(".csv", StringComparison.Ordinal))]);

        choice.ShouldNotBeNull();
        choice.Parts.Select(p => string.Join("+", p.Extensions)).ShouldBe(["pdf", "pdf", "xlsx+xls+ods"], "one part for each year the reports are asked for");
        FileFilter.Kept(choice, links).Select(href => href[(href.LastIndexOf('/') + 1)..])
            .ShouldBe(["Ripote-ni-Yabaki-2025.pdf", "Ripote-ni-Yabaki-2026.pdf", "Bajeti-2025.xlsx", "Bajeti-2026.xlsx"]);
        named.ShouldBeTrue();
        extensions.ShouldNotContain("csv");
    }

    [Theory]
    [InlineData("Download the minutes from 2023 and 2025", "2023,2025")]
    [InlineData("Download the minutes of 2023, 2024 or 2025", "2023,2024,2025")]
    [InlineData("Download the minutes from 2023 to 2025", null)]
    [InlineData("Download the minutes from 2024 onwards", "2024,2025")]
    [InlineData("Download the minutes since 2024", "2024,2025")]
    [InlineData("Download the minutes from 2024", null)]
    public void Years_named_one_after_another_are_each_a_part_of_their_own_and_a_range_is_not(string task, string? years)
    {
        var links = new[] { Link("minutes 2023 pdf"), Link("minutes 2024 pdf"), Link("minutes 2025 pdf") };

        var choice = FileFilter.ChooseParts(task, links);

        if (years is null)
        {
            choice.ShouldBeNull();
            return;
        }

        choice.ShouldNotBeNull();
        FileFilter.Kept(choice, links).Select(href => links.Single(l => l.Href == href).Own.Trim().Split(' ')[1]).ShouldBe(years.Split(','));
    }

    [Fact]
    public void A_thing_to_leave_out_named_apart_from_what_is_asked_leaves_out_no_file_that_carries_every_word_asked_for()
    {
        static LinkContext File(string name, string own) =>
            new($"http://127.0.0.1/files/{name}", $" {own} ", $" {own} ", $" {own} ", " dokumentus ");
        LinkContext[] links =
        [
            File("acta-plenu-2027-05-13.pdf", "acta du plenu extraordinariu de 13 de mayu de 2027 acta plenu 2027 05 13 pdf"),
            File("acta-plenu-2027-03-25.pdf", "acta du plenu ordinariu de 25 de marzu de 2027 acta plenu 2027 03 25 pdf"),
            File("acta-plenu-2026-11-26.pdf", "acta du plenu ordinariu de 26 de novembru de 2026 acta plenu 2026 11 26 pdf"),
            File("ordenanza-augua-2027.pdf", "ordenanza da taxa da augua 2027 ordenanza augua 2027 pdf"),
            File("contratus-menoris-2027.csv", "contratus menoris 2027 contratus menoris 2027 csv"),
            File("contratus-menoris-2026.csv", "contratus menoris 2026 contratus menoris 2026 csv"),
        ];

        var choice = FileFilter.ChooseParts("Download the minutes (actas) of every council meeting (plenu) held in 2027 as PDF files and the minor contracts (contratus menoris) for 2027 as a CSV file; do not take the 2026 minutes, the 2026 contracts or the water-rate ordinance", links);

        choice.ShouldNotBeNull();
        FileFilter.Kept(choice, links).ShouldBe([links[0].Href, links[1].Href, links[4].Href], "'ordinance' finds 'ordinariu' by chance, on minutes that carry every word asked for");
    }

    [Fact]
    public void A_file_numbered_otherwise_than_the_task_picks_by_number_is_named_and_one_without_a_number_is_not()
    {
        static LinkContext File(string name, string own) =>
            new($"http://127.0.0.1/lessons/{name}", $" {own} ", $" {own} ", $" {own} ", " downloads ");
        LinkContext[] links =
        [
            File("bohairic-taxis-1.pdf", "ⲧⲁⲝⲓⲥ ⲁ̅ bohairic lesson book 1 the alphabet"),
            File("bohairic-taxis-3.pdf", "ⲧⲁⲝⲓⲥ ⲅ̅ bohairic lesson book 3 the verb"),
            File("bohairic-taxis-4.pdf", "ⲧⲁⲝⲓⲥ ⲇ̅ bohairic lesson book 4 reading the psalmody"),
            File("enrolment-2027.docx", "enrolment form 2027"),
        ];
        string[] all = [.. links.Select(l => l.Href)];

        FileFilter.NumberedOtherwise("Download the Bohairic lesson books for levels 1 to 3 (PDF) and the 2027 enrolment form (Word)", all, links).ShouldBe(links[2].Href);
        FileFilter.NumberedOtherwise("Download the Bohairic lesson books for levels 1, 3 and 4 (PDF)", all, links).ShouldBeNull("a file of no number is no numbered thing");
        FileFilter.NumberedOtherwise("Download the Bohairic lesson books (PDF)", all, links).ShouldBeNull();
        FileFilter.NumberedOtherwise("Download the Bohairic reading books for classes 1 to 3 (PDF), not the class 4 book", all, links).ShouldBe(links[2].Href, "classes are numbered things too");
    }

    [Fact]
    public void Files_numbered_in_digits_of_another_script_are_read_by_their_numbers()
    {
        // "कत्था पुथी १": a Kurukh booklet's number in Devanagari digits is 1, not a number the planner cannot read.
        static LinkContext File(string name, string own) =>
            new($"http://127.0.0.1/puthi/{name}", $" {own} ", $" {own} ", $" {own} ", " downloads ");
        LinkContext[] links = [File("kattha-1.pdf", "कत्था पुथी १ kattha puthi"), File("kattha-5.pdf", "कत्था पुथी ५ kattha puthi")];
        string[] all = [.. links.Select(l => l.Href)];

        FileFilter.NumberedOtherwise("Download the folk-tale booklets, parts 1 to 4 (PDF)", all, links).ShouldBe(links[1].Href);
        FileFilter.NumberedOtherwise("Download the folk-tale booklets, parts 1 to 5 (PDF)", all, links).ShouldBeNull();
    }

    [Fact]
    public void A_word_that_picks_one_part_s_files_leaves_out_none_of_a_part_of_other_kinds()
    {
        static LinkContext File(string name, string own) =>
            new($"http://127.0.0.1/files/{name}", $" {own} ", $" {own} ", $" {own} ", " kirikabo ");
        LinkContext[] links =
        [
            File("kene-kirika-1-2027.pdf", "kene kirika 1 maya kene 2027 kene kirika 1 2027 pdf"),
            File("kene-kirika-7-2026.pdf", "kene kirika 7 chomo kene 2026 kene kirika 7 2026 pdf"),
            File("kene-yosin-ora-2027-1.csv", "yosinti nete 2027 1 tari kene kene yosin ora 2027 1 csv"),
            File("kene-yosin-ora-2026-2.csv", "yosinti nete 2026 2 moatian kene yosin ora 2026 2 csv"),
            File("ninkakati-2027.pdf", "ninkakati kirika 2027 ninkakati 2027 pdf"),
        ];

        var choice = FileFilter.ChooseParts("Download the 2027 kené pattern booklets (PDF) and the 2027 course timetables (CSV), but not the booklets or timetables from 2026", links);

        choice.ShouldNotBeNull();
        FileFilter.Kept(choice, links).ShouldBe([links[0].Href, links[2].Href], "the timetables of pattern courses carry the booklets' word, and no booklet is a CSV");
    }

    [Fact]
    public void Parts_listed_with_commas_years_from_one_onwards_and_what_to_leave_out_of_one_part_are_read_as_a_person_means_them()
    {
        static LinkContext File(string name, string own, string section) =>
            new($"http://127.0.0.1/ripot/{name}", $" {own} ", $" {own} ", $" {section} ", $" {section} ");
        LinkContext[] links =
        [
            File("Ripot-Sut-2026.pdf", "ripot bilong sut vaksin 2026 ripot sut 2026 pdf", "ripot bilong sut vaksinesen"),
            File("Ripot-Sut-2026.docx", "ripot bilong sut 2026 kopi long word", "ripot bilong sut vaksinesen"),
            File("Ripot-Sut-2025.pdf", "ripot bilong sut vaksin 2025 ripot sut 2025 pdf", "ripot bilong sut vaksinesen"),
            File("Ripot-Sut-2024.pdf", "ripot bilong sut vaksin 2024 ripot sut 2024 pdf", "ripot bilong sut vaksinesen"),
            File("Taim-Klinik-2026.pdf", "taimtebol bilong ol klinik 2026 pdf", "taimtebol bilong klinik"),
            File("Taim-Klinik-2026.docx", "taimtebol bilong ol klinik 2026 word", "taimtebol bilong klinik"),
            File("Wara-Tes-2026.xlsx", "ol tes bilong wara 2026 excel", "ol tes bilong wara"),
            File("Wara-Tes-2025.xlsx", "ol tes bilong wara 2025 excel", "ol tes bilong wara"),
            File("Wara-Tes-2024.xlsx", "ol tes bilong wara 2024 excel", "ol tes bilong wara"),
        ];
        const string Task = "Download the vaccination reports in PDF from 2025 onwards, the Word version of its 2026 clinic timetable and its water-test spreadsheets " +
            "in Excel format from every year; leave out the 2024 vaccination report, the Word copy of the vaccination report and the PDF copy of the clinic timetable";
        var (extensions, _) = FileFilter.Kinds(Task);

        var choice = FileFilter.ChooseParts(Task, links);

        extensions.ShouldBe(["pdf", "docx", "doc", "xlsx", "xls", "ods"], "a kind asked for is not left out for a copy of one file in it");
        choice.ShouldNotBeNull();
        choice.Parts.Select(p => string.Join("+", p.Extensions)).ShouldBe(["pdf", "pdf", "docx+doc", "xlsx+xls+ods"], "2025 and 2026 for 'from 2025 onwards', and a part after a comma");
        FileFilter.Kept(choice, links).Select(href => href[(href.LastIndexOf('/') + 1)..]).ShouldBe(
            ["Ripot-Sut-2026.pdf", "Ripot-Sut-2025.pdf", "Taim-Klinik-2026.docx", "Wara-Tes-2026.xlsx", "Wara-Tes-2025.xlsx", "Wara-Tes-2024.xlsx"],
            "vaccination finds vaksin, clinic klinik; the 2024 vaccination report leaves out no 2024 water tests");
    }

    [Fact]
    public void Plus_goes_on_to_another_part_and_a_year_alone_after_or_is_about_the_thing_before_it()
    {
        static LinkContext File(string name, string section) =>
            new($"http://127.0.0.1/konsel/{name}", $" {name.Replace('-', ' ').Replace('.', ' ')} ", " x ", $" {section} ", $" {section} ");
        LinkContext[] links =
        [
            File("kovnotennow-2026-02.pdf", "kovnotennow"), File("kovnotennow-2025-10.pdf", "kovnotennow"), File("kovnotennow-2025-01.pdf", "kovnotennow"),
            File("kovnotennow-2024-11.pdf", "kovnotennow"), File("towlen-arghans-2026.xlsx", "arghans"), File("towlen-arghans-2025.xlsx", "arghans"),
        ];
        const string Task = "Get this town council's minutes of meetings held in 2025, in PDF form only, plus its 2026 budget as an Excel workbook; " +
            "do not take minutes from 2024 or 2026 or the 2025 budget";

        var choice = FileFilter.ChooseParts(Task, links);

        choice.ShouldNotBeNull();
        FileFilter.Kept(choice, links).Select(href => href[(href.LastIndexOf('/') + 1)..])
            .ShouldBe(["kovnotennow-2025-10.pdf", "kovnotennow-2025-01.pdf", "towlen-arghans-2026.xlsx"]);
    }

    [Theory]
    [InlineData("vaccination", "vaksination")]
    [InlineData("clinic", "klinik")]
    [InlineData("pharmacy", "farmasi")]
    [InlineData("organization", "organisation")]
    [InlineData("xlsx", "xlsx")]
    [InlineData("2026", "2026")]
    public void A_word_is_compared_as_it_sounds(string word, string sound)
    {
        FileFilter.Sound(word).ShouldBe(sound);
    }

    [Fact]
    public void A_thing_listed_after_a_part_that_names_its_kind_is_a_part_and_another_parts_words_pick_nothing_for_this_one()
    {
        static LinkContext File(string name) =>
            new($"http://127.0.0.1/muhu/{name}", $" {name.Replace('-', ' ').Replace('.', ' ')} ", " x ", " x ", " qillqakuna ");
        LinkContext[] links =
        [
            File("pallay-2024.pdf"), File("pallay-2025.pdf"), File("katalogo-2025.pdf"), File("katalogo-2026.pdf"),
            File("chanin-2025.xlsx"), File("chanin-2026.xlsx"), File("cooperativa-estatuto.pdf"),
        ];
        const string Task = "From this seed growers' cooperative's downloads page, get the 2025 harvest reports as PDF files, the 2026 seed catalogue " +
            "and the 2026 price list as an Excel workbook; do not take the 2024 reports or the 2025 catalogue";

        var part = FileFilter.KindlessPart(Task).ShouldNotBeNull();
        part.ShouldBe("the 2026 seed catalogue");
        FileFilter.KindOf(part, Task, links).ShouldBe("pdf");
        var choice = FileFilter.ChooseParts(FileFilter.WithKind(Task, part, "pdf"), links).ShouldNotBeNull();

        FileFilter.Kept(choice, links).Select(href => href[(href.LastIndexOf('/') + 1)..]).ShouldBe(["pallay-2025.pdf", "katalogo-2026.pdf", "chanin-2026.xlsx"],
            "the catalogue is what the second part asks for, not the first; where the page is ('this cooperative's page') picks no file");
    }

    [Theory]
    [InlineData("Download the rainfall spreadsheets in Excel format from every year, and its 2026 maize harvest reports; leave out the CSV copies", "its 2026 maize harvest reports")]
    [InlineData("Download this commune's 2026 budget reports (PDF) and its 2026 population counts as CSV; leave out the Excel copies", null)]
    [InlineData("Download the Linux packages of the latest release: both tarballs and the .deb and .rpm packages", null)]
    [InlineData("Download the budget and the minutes of the council", null)]
    [InlineData("Download the PDF minutes from 2026 and from the 2025 archive", null)]
    [InlineData("Download the 2027 price list, the new-artist sign-up form as a Word document and the photos of the 2027 art show", "Download the 2027 price list")]
    public void A_part_of_the_task_that_names_no_kind_of_file_where_another_part_does_is_found(string task, string? kindless)
    {
        FileFilter.KindlessPart(task).ShouldBe(kindless);
    }

    [Fact]
    public void A_part_that_names_no_kind_of_file_is_of_the_one_kind_its_words_pick_on_the_page()
    {
        var file = (string name, string own) => new LinkContext($"http://127.0.0.1/files/{name}", $" {own} ", $" {own} ", $" {own} ", " ");
        var documents = new[]
        {
            file("report-2025.pdf", "report 2025 pdf"), file("report-2025.docx", "report 2025 word docx"),
            file("tshogdu-2025-1.pdf", "tshogdu 2025 1 pdf"), file("tshogdu-2025-2.pdf", "tshogdu 2025 2 pdf"), file("tshogdu-2026-1.pdf", "tshogdu 2026 1 pdf"),
            file("budget-2026.xlsx", "budget 2026 xlsx"), file("budget-2026.csv", "budget 2026 csv"),
        };
        const string task = "Fetch the Tshogdu resolutions of 2025 and the Excel workbook of the 2026 budget; no annual reports";

        var part = FileFilter.KindlessPart(task).ShouldNotBeNull();
        FileFilter.KindOf(part, task, documents).ShouldBe("pdf");
        FileFilter.KindlessPart(FileFilter.WithKind(task, part, "pdf")).ShouldBeNull();
        FileFilter.KindOf("Fetch the 2025 annual reports", task, documents).ShouldBeNull();
    }

    [Fact]
    public void A_kind_of_file_the_task_skips_is_left_out_by_extension_not_by_the_words_around_a_wanted_link()
    {
        FileFilter.Kinds("Download the Excel tables; I don't want the PDF bulletins").Extensions.ShouldBe(["xlsx", "xls", "ods"]);
        FileFilter.Kinds("Download every document except the Word files").Extensions.ShouldNotContain("docx");
        FileFilter.Kinds("Download every document except the Word files").Extensions.ShouldContain("pdf");
        FileFilter.Kinds("Download every PDF but not the PDF drafts").Extensions.ShouldBe(["pdf"]);
        FileFilter.Kinds("Fetch the Excel workbook of the budget — nothing more: no CSV version of it").Extensions.ShouldBe(["xlsx", "xls", "ods"]);
        FileFilter.Kinds("Fetch every CSV of the No. 2 district").Extensions.ShouldBe(["csv"]);

        var xlsx = (string own, string row) => new LinkContext($"http://127.0.0.1/{Interlocked.Increment(ref links)}.xlsx", $" {own} ", $" {row} ", $" {row} ", " ");
        var tables = new[] { xlsx("excel 2026", "2026 01 pdf excel 2026"), xlsx("excel 2026", "2026 02 pdf excel 2026"), xlsx("excel 2025", "2025 12 pdf excel 2025"), xlsx("dataset 2025", "dataset 2025 excel") };
        var choice = FileFilter.Choose("Download the Excel tables of the 2026 monthly bulletins; I don't want the PDF bulletins or anything from 2025", ["xlsx", "xls", "ods"], tables);

        choice.Terms.Select(t => $"{t.Word}:{t.Keep}").ShouldBe(["2026:True", "2025:False"]);
        FileFilter.Kept(choice, tables).Count.ShouldBe(2);
    }

    [Fact]
    public void A_year_is_read_where_the_file_is_dated_its_own_name_else_its_row_else_its_heading()
    {
        var links = new[]
        {
            Link("cpi march 2026 xlsx", "cpi march 2026 published 14 april 2026", section: "2026"),
            Link("foreign trade q1 xlsx", "foreign trade q1 published 30 april 2026", section: "2026"),
            Link("labour survey xlsx", "labour survey", section: "2026"),
            Link("cpi december 2025 xlsx", "cpi december 2025 published 18 january 2026", section: "2025"),
            Link("population estimate xlsx", "population estimate", section: "2025"),
        };

        var choice = FileFilter.Choose("Download the 2026 data spreadsheets; I don't want anything from 2025", ["xlsx"], links);

        choice.Terms.ShouldBe([new FileTerm("2026", FileFilter.Dated, true), new FileTerm("2025", FileFilter.Dated, false)]);
        FileFilter.Kept(choice, links).ShouldBe([links[0].Href, links[1].Href, links[2].Href]);
    }

    private sealed class FileChoiceComparer : IEqualityComparer<FileChoice>
    {
        public bool Equals(FileChoice? x, FileChoice? y) => x is not null && y is not null && x.Match == y.Match && x.Terms.SequenceEqual(y.Terms);

        public int GetHashCode(FileChoice obj) => obj.Match.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_linked_twice_is_kept_once_when_one_link_is_wanted_and_left_out_when_one_is_to_skip()
    {
        var open = new LinkContext("http://127.0.0.1/a.pdf", " a pdf ", " a pdf ", " acik a pdf ", " ");
        var aside = open with { Item = " a pdf " };
        var concluded = new LinkContext("http://127.0.0.1/b.pdf", " b pdf ", " b pdf ", " sonuclandi b pdf ", " ");
        var sidebar = concluded with { Item = " acik b pdf " };
        var choice = new FileChoice([new FileTerm("acik", "item", true), new FileTerm("sonuclandi", "item", false)], FileFilter.All);

        FileFilter.Kept(choice, [open, aside, concluded, sidebar]).ShouldBe(["http://127.0.0.1/a.pdf"]);
    }
}
