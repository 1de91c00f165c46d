namespace Reporting.Workbooks.Tests;

/// <summary>Markup shared by the tests: two sheets, a table with formulas, defined names.</summary>
internal static class SampleMarkup
{
    public const string CapSchedule = """
        <workbook title="Cap schedule" author="Trust desk" created="2008-05-23">
          <styles>
            <format name="rate" code="0.0000%"/>
          </styles>
          <sheet name="Inputs">
            <columns><column width="20"/><column width="16"/></columns>
            <row><cell style="header">Input</cell><cell style="header">Value</cell></row>
            <row><cell>Threshold</cell><cell type="number" format="money">1000000.00</cell></row>
            <row><cell>Buffer</cell><cell type="number" format="money">250000.5</cell></row>
            <row><cell>Strike</cell><cell type="percent" format="rate">0.0525</cell></row>
            <row><cell>Active</cell><cell type="boolean">true</cell></row>
          </sheet>
          <sheet name="Cap schedule" freeze-rows="1">
            <columns><column width="12"/><column width="12"/><column width="18"/><column width="10"/><column width="10"/><column width="16"/></columns>
            <table name="CapSchedule">
              <row><cell>Period start</cell><cell>Period end</cell><cell>Notional</cell><cell>Days</cell><cell>Rate</cell><cell>Payment</cell></row>
              <row><cell type="date">2006-09-25</cell><cell type="date">2006-10-25</cell><cell type="number" format="money">571825082.60</cell><cell type="integer">30</cell><cell type="percent">0.0786</cell><cell formula="=ROUND(C2*D2/360*MAX(0,E2-Strike),2)" format="money">973418.89</cell></row>
              <row><cell type="date">2006-10-25</cell><cell type="date">2006-11-27</cell><cell type="number" format="money">560000000</cell><cell type="integer">33</cell><cell type="percent">0.0791</cell><cell formula="ROUND(C3*D3/360*MAX(0,E3-Strike),2)" format="money"/></row>
            </table>
            <row/>
            <row style="total"><cell>Total</cell><cell/><cell/><cell/><cell/><cell formula="SUM(F2:F3)" format="money"/></row>
            <cell ref="H1" style="bold">Exposure</cell>
            <cell ref="H2" formula="MAX(0, Threshold + Buffer - F5)" format="money"/>
            <cell ref="H3" formula="IFS(Active, 1, TRUE, 0)" type="integer">1</cell>
            <cell ref="H4" formula="IF(Active, &quot;on&quot;, &quot;off&quot;)" type="text">on</cell>
          </sheet>
          <name id="Threshold" ref="'Inputs'!B2"/>
          <name id="Buffer" ref="Inputs!$B$3"/>
          <name id="Strike" ref="'Inputs'!B4"/>
          <name id="Active" ref="'Inputs'!B5"/>
        </workbook>
        """;
}
