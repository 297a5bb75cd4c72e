using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class FileFilterTests
{
    private static LinkContext Link(string own, string? row = null, string? item = null) => new($" {own} ", $" {row ?? own} ", $" {item ?? row ?? own} ");

    [Fact]
    public void A_word_some_links_carry_keeps_them_and_a_word_after_skip_leaves_its_links_out()
    {
        var links = new[]
        {
            Link("poytakirja kh poytakirja 2026 01 12 pdf"),
            Link("esityslista kh esityslista 2026 01 12 pdf"),
            Link("kokousaikataulu 2026 kokousaikataulu 2026 pdf"),
        };

        var terms = FileFilter.Terms("Download every board meeting minutes PDF (pöytäkirja); skip the agendas (esityslista)", ["pdf"], links);

        terms.ShouldBe([new FileTerm("poytakirja", "own", true), new FileTerm("esityslista", "own", false)]);
    }

    [Fact]
    public void A_word_only_the_row_carries_is_read_in_the_row()
    {
        var links = new[] { Link("sartname pdf", "ihale 1 acik sartname pdf"), Link("sartname pdf", "ihale 2 sonuclandi sartname pdf") };

        FileFilter.Terms("Download the PDFs of the tenders that are still open (Açık)", ["pdf"], links).ShouldBe([new FileTerm("acik", "row", true)]);
    }

    [Fact]
    public void A_word_only_the_item_around_carries_is_read_there()
    {
        var links = new[] { Link("ilan pdf", "ilan pdf", "acik ikn 41 ilan pdf"), Link("ilan pdf", "ilan pdf", "sonuclandi ikn 29 ilan pdf") };

        FileFilter.Terms("Download the PDFs of the open tenders (Açık); skip concluded ones (Sonuçlandı)", ["pdf"], links)
            .ShouldBe([new FileTerm("acik", "item", true), new FileTerm("sonuclandi", "item", false)]);
    }

    [Fact]
    public void Words_every_link_or_no_link_carries_and_what_including_adds_do_not_narrow()
    {
        var links = new[] { Link("report 2025 pdf", "archive report 2025 pdf"), Link("report 2026 pdf") };

        FileFilter.Terms("Download every report PDF on the page, including the archived ones", ["pdf"], links).ShouldBeEmpty();
        FileFilter.Terms("Download every PDF", ["pdf"], links).ShouldBeEmpty();
        FileFilter.Terms("Download every PDF on the archive page", ["pdf"], links).ShouldBeEmpty();
    }
}
