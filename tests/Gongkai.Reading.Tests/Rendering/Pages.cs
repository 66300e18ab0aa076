namespace Gongkai.Reading.Tests.Rendering;

/// <summary>A report's HTML body inside a portal page: navigation, scripts, a layout table and other tables around it.</summary>
internal static class Pages
{
    public static string Portal(string reportHtml, Random random)
    {
        var body = reportHtml[(reportHtml.IndexOf("<body>", StringComparison.Ordinal) + 6)..reportHtml.IndexOf("</body>", StringComparison.Ordinal)];
        var navigation = """
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li>政府信息公开年报</li></ul></div>
            <script>var data = "<table><tr><td>1</td><td>2</td></tr></table>"; function f(a){return a|0;}</script>
            <style>.x{color:red}</style>
            <table class="links"><tr><td>相关链接</td><td>2019年报</td><td>2018年报</td></tr><tr><td>点击量</td><td>1234</td><td>56</td></tr></table>
            """;
        var footer = """<div class="footer">主办单位：某市人民政府办公室 | 联系电话：0470-1234567 | 备案号 12345678</div>""";
        var content = random.Next(2) == 0
            ? $"<table class=\"layout\"><tr><td>{navigation}</td></tr><tr><td><div class=\"content\">{body}</div></td></tr></table>"
            : $"{navigation}<div class=\"content\">{body}</div>";
        return $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报_某市人民政府</title></head><body>{content}{footer}</body></html>";
    }
}
