<#macro content>
<#-- Below the sign-in form: who the page is for, so a citizen who lands here knows where to go. -->
<p id="coso-footer" class="coso-footer">${msg("cosoFooter")}</p>
</#macro>
