<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../app/records/imports.py" line="+36"/>
        <source>Day One</source>
        <translation>Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl</source>
        <translation>jrnl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Markdown folder</source>
        <translation>una carpeta Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Threshold archive</source>
        <translation>un archivo de Threshold</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="+124"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening &amp;Check-in…</source>
        <translation>Repaso de &amp;la noche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind Me Why</source>
        <translation>&amp;Recuérdame por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the &amp;Listed Entries…</source>
        <translation>Exportar las entradas &amp;mostradas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;Log…</source>
        <translation>Registro de &amp;contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inci&amp;dent Record</source>
        <translation>Registro de inci&amp;dentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;tterns</source>
        <translation>&amp;Patrones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Entry</source>
        <translation>Entrada &amp;siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Entry</source>
        <translation>Entrada &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier &amp;Versions…</source>
        <translation>&amp;Versiones anteriores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link What &amp;Happened Next…</source>
        <translation>&amp;Enlazar lo que pasó después…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show T&amp;rash…</source>
        <translation>&amp;Mostrar la papelera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide Now</source>
        <translation>&amp;Ocultar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/receipt.py" line="+84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If You Are in &amp;Danger Now…</source>
        <translation>Si estás en &amp;peligro ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Threshold</source>
        <translation>Acerca &amp;de Threshold</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="+30"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+42"/>
        <source>A call</source>
        <translation>Una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <source>A visit</source>
        <translation>Una visita</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+17"/>
        <source>Through someone else</source>
        <translation>A través de otra persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+8"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/widgets/rows.py" line="+72"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/patterns/words.py" line="+70"/>
        <location filename="../../app/ui/translation.py" line="+75"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>linked to an entry</source>
        <translation>enlazado con una entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed; first words kept</source>
        <translation>modificado; se conserva lo escrito al principio</translation>
    </message>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="+107"/>
        <source>&amp;Record a contact…</source>
        <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open linked entry</source>
        <translation>&amp;Abrir la entrada enlazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the linked entry</source>
        <translation>Abrir la entrada enlazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to trash</source>
        <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected record to trash</source>
        <translation>Mover el registro seleccionado a la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+324"/>
        <source>Restore the selected record</source>
        <translation>Restaurar el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/page.py" line="+1"/>
        <source>&amp;Delete for good…</source>
        <translation>E&amp;liminar para siempre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+0"/>
        <source>Delete the record for good</source>
        <translation>Eliminar el registro para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the contact log</source>
        <translation>Cerrar el registro de contactos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the records in the trash</source>
        <translation>Mostrar los registros de la papelera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last 18 months</source>
        <translation>Los últimos 18 meses</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the contact log</source>
        <translation>Buscar en el registro de contactos</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location filename="../../app/ui/record/page_parts.py" line="+24"/>
        <location line="+7"/>
        <source>Delete for good</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../app/ui/record/page_parts.py" line="-6"/>
        <source>Delete this record for good?</source>
        <translation>¿Eliminar este registro definitivamente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This can&apos;t be undone. If you might want it later, it can stay in the trash.</source>
        <translation>Esto no se puede deshacer. Si crees que podrías quererlo más adelante, puede quedarse en la papelera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The linked entry is no longer in your journal. This record is safe.</source>
        <translation>La entrada enlazada ya no está en tu diario. Este registro está a salvo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked entry is in the journal&apos;s trash. Restore it there to open it.</source>
        <translation>La entrada enlazada está en la papelera del diario. Puedes restaurarla desde allí para abrirla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="+61"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (one file)</source>
        <translation>HTML (un solo archivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+58"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;try</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="+189"/>
        <location filename="../../app/ui/patterns/charts.py" line="+62"/>
        <source>Mood and energy by week</source>
        <translation>Estado de ánimo y energía por semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/charts.py" line="+111"/>
        <source>The Left and Right arrow keys move from week to week.</source>
        <translation>Las flechas izquierda y derecha pasan de una semana a otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/patterns/words.py" line="-16"/>
        <source>Nothing written in this period.</source>
        <translation>No hay nada escrito en este periodo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+29"/>
        <source>Nothing named in this period.</source>
        <translation>No hay nada anotado en este periodo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/page.py" line="+65"/>
        <source>Feelings named</source>
        <translation>Sentimientos que nombraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at you</source>
        <translation>Lo que te removió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes written about</source>
        <translation>Temas sobre los que escribiste</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>What your own entries show over time, with the counts behind every number. Nothing here is a score.</source>
        <translation>Lo que muestran tus propias entradas a lo largo del tiempo, con los recuentos que hay detrás de cada número. Nada de esto es una puntuación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mood and energy</source>
        <translation>Es&amp;tado de ánimo y energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Words</source>
        <translation>Pa&amp;labras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;After contact</source>
        <translation>Después del &amp;contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened &amp;next</source>
        <translation>Lo &amp;que pasó después</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/record/page.py" line="+4"/>
        <source>&amp;Back to the journal</source>
        <translation>V&amp;olver al diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="+0"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a week, with the arrow keys or a click, to see its numbers here.</source>
        <translation>Elige una semana, con las flechas del teclado o con un clic, para ver aquí sus números.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mood and energy, as a table</source>
        <translation>Ánimo y energía, en una tabla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{list}, as a table</source>
        <translation>{list}, en una tabla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>After contact, as a table</source>
        <translation>Después del contacto, en una tabla</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/period.py" line="+28"/>
        <source>The last month</source>
        <translation>El último mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 6 months</source>
        <translation>Los últimos 6 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+84"/>
        <location filename="../../app/ui/journal/entry_details.py" line="+121"/>
        <location filename="../../app/ui/patterns/period.py" line="+13"/>
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <location filename="../../app/ui/record/form_parts.py" line="+43"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+90"/>
        <location filename="../../app/ui/settings/remind_tab.py" line="+64"/>
        <location filename="../../app/ui/translation.py" line="-1"/>
        <location filename="../../app/ui/widgets/rows.py" line="-6"/>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/period.py" line="+45"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-132"/>
        <source>In my own words</source>
        <translation>Con mis propias palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact attempts</source>
        <translation>intentos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through someone else</source>
        <translation>a través de otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threats</source>
        <translation>amenazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physical</source>
        <translation>físico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stalking or monitoring</source>
        <translation>acoso o vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>financial</source>
        <translation>económico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about the children</source>
        <translation>sobre los hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaches of an order</source>
        <translation>incumplimientos de una orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A summary of these months</source>
        <translation>Un resumen de estos meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary of these weeks</source>
        <translation>Un resumen de estas semanas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The figures count every entry of these days; this page quotes none of them.</source>
        <translation>Las cifras cuentan todas las entradas de estos días; esta página no cita ninguna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood and energy by month</source>
        <translation>Estado de ánimo y energía por mes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts and incidents</source>
        <translation>Contactos e incidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After contact</source>
        <translation>Después del contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes I wrote about</source>
        <translation>Temas sobre los que escribí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at me</source>
        <translation>Lo que me removió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings I named</source>
        <translation>Sentimientos que nombré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each week&apos;s average, with how many entries gave one in brackets; a week without one is a gap in the chart and a dash in the table.</source>
        <translation>La media de cada semana y, entre paréntesis, cuántas entradas dieron un valor; una semana sin ninguno aparece como un hueco en el gráfico y una raya en la tabla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each month&apos;s average, with how many entries gave one in brackets; a month without one is a gap in the chart and a dash in the table.</source>
        <translation>La media de cada mes y, entre paréntesis, cuántas entradas dieron un valor; un mes sin ninguno aparece como un hueco en el gráfico y una raya en la tabla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From {since} to {until} ({weeks}).</source>
        <translation>Del {since} al {until} ({weeks}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} week</source>
        <translation>{count} semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written in this period.</source>
        <translation>En este periodo no se escribió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry written in this period.</source>
        <translation>En este periodo se escribió {count} entrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries written in this period.</source>
        <translation>En este periodo se escribieron {count} entradas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} of them are marked heavy: counted here, never quoted.</source>
        <translation>{count} de ellas están marcadas como difíciles: aquí se cuentan, pero nunca se citan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contacts or incidents were recorded in this period.</source>
        <translation>En este periodo no se registró ningún contacto ni incidente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} record in this period, by kind (a record can be of several): {kinds}.</source>
        <translation>{count} registro en este periodo, por tipo (un registro puede ser de varios): {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} records in this period, by kind (a record can be of several): {kinds}.</source>
        <translation>{count} registros en este periodo, por tipo (un registro puede ser de varios): {kinds}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} contact or incident</source>
        <translation>{count} contacto o incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts or incidents</source>
        <translation>{count} contactos o incidentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There isn&apos;t enough here to compare the days after contact with other days. A comparison needs at least {contacts} contacts or incidents and {entries} entries with a mood on each side. These dates hold {held}, {after} with a mood in the {days} days after them and {other} on other days.</source>
        <translation>Aquí no hay suficiente para comparar los días después de un contacto con los demás días. Para comparar hacen falta al menos {contacts} contactos o incidentes y {entries} entradas con ánimo anotado en cada lado. En estas fechas hay {held}, {after} con ánimo anotado en los {days} días siguientes y {other} en los demás días.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>After {count} contact or incident, the next {days} days averaged a mood of {after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} ({other} with a mood).</source>
        <translation>Después de {count} contacto o incidente, los {days} días siguientes tuvieron un ánimo medio de {after_mood} sobre 5 ({after} con ánimo anotado). Los demás días tuvieron una media de {other_mood} ({other} con ánimo anotado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {count} contacts or incidents, the next {days} days averaged a mood of {after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} ({other} with a mood).</source>
        <translation>Después de {count} contactos o incidentes, los {days} días siguientes tuvieron un ánimo medio de {after_mood} sobre 5 ({after} con ánimo anotado). Los demás días tuvieron una media de {other_mood} ({other} con ánimo anotado).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/patterns/tables.py" line="+112"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/patterns/tables.py" line="+0"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/export/write.py" line="+87"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location line="+54"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="-8"/>
        <location filename="../../app/ui/patterns/tables.py" line="-53"/>
        <location filename="../../app/ui/patterns/words.py" line="-9"/>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} entry</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None in this period.</source>
        <translation>Nada en este periodo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <source>With a mood</source>
        <translation>Con ánimo anotado</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-37"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+1"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <source>With energy</source>
        <translation>Con energía anotada</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="+1"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+3"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/pdf_export/pattern_charts.py" line="+1"/>
        <location filename="../../app/ui/patterns/tables.py" line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/tables.py" line="+10"/>
        <location line="+54"/>
        <source>no mood recorded</source>
        <translation>ánimo sin anotar</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>no energy recorded</source>
        <translation>energía sin anotar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month}:</source>
        <translation>{month}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}:</source>
        <translation>Semana del {day}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mood recorded.</source>
        <translation>Ánimo sin anotar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood {mood} of 5.</source>
        <translation>Ánimo: {mood} de 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy {energy} of 3.</source>
        <translation>Energía: {energy} de 3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 contact.</source>
        <translation>1 contacto.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n contacts.</source>
        <translation>
            <numerusform>%n contacto.</numerusform>
            <numerusform>%n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 incident.</source>
        <translation>1 incidente.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n incidents.</source>
        <translation>
            <numerusform>%n incidente.</numerusform>
            <numerusform>%n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named</source>
        <translation>Lo anotado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries with a mood</source>
        <translation>Entradas con ánimo anotado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough to compare</source>
        <translation>no hay suficiente para comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The days after a contact or incident</source>
        <translation>Los días después de un contacto o incidente</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>Other days</source>
        <translation>Los demás días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} (part of the month)</source>
        <translation>{month} (solo parte del mes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} (part of the week)</source>
        <translation>{day} (solo parte de la semana)</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export/pattern_charts.py" line="-3"/>
        <location filename="../../app/ui/patterns/words.py" line="-3"/>
        <source>Mood, 1 low to 5 bright</source>
        <translation>Ánimo, de 1 (bajo) a 5 (alegre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+1"/>
        <source>Energy, 1 low to 3 high</source>
        <translation>Energía, de 1 (baja) a 3 (alta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in this period.</source>
        <translation>Nada en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/patterns/words.py" line="+5"/>
        <source>d MMM</source>
        <extracomment>A Qt date format for a day and its short month name, no year: d = day, MMM = month.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/patterns/words.py" line="+24"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing written between {since} and {until}.</source>
        <translation>No hay nada escrito entre el {since} y el {until}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{entries} between {since} and {until}.</source>
        <translation>{entries} entre el {since} y el {until}.</translation>
    </message>
    <message>
        <location filename="../../app/export/summary.py" line="-71"/>
        <location filename="../../app/ui/patterns/words.py" line="+4"/>
        <source>One of them is marked heavy: it is counted here, never quoted.</source>
        <translation>Una de ellas está marcada como difícil: aquí se cuenta, pero nunca se cita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/patterns/words.py" line="+3"/>
        <source>%n of them are marked heavy: counted here, never quoted.</source>
        <translation>
            <numerusform>%n de ellas está marcada como difícil: aquí se cuenta, pero nunca se cita.</numerusform>
            <numerusform>%n de ellas están marcadas como difíciles: aquí se cuentan, pero nunca se citan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to show for these dates. As you write, and give an entry a mood or a feeling word, this page shows how your weeks have been, in your own numbers.</source>
        <translation>No hay nada que mostrar para estas fechas. A medida que escribas y des a una entrada un estado de ánimo o una palabra para lo que sientes, esta página mostrará cómo han sido tus semanas, con tus propios números.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There isn&apos;t enough here to compare the days after contact with other days. A comparison needs at least {need_contacts} contacts or incidents and {need_entries} entries with a mood on each side. In these dates: contacts or incidents, {contacts}; entries with a mood in the {days} days after them, {after}; on other days, {other}.</source>
        <translation>Aquí no hay suficiente para comparar los días después de un contacto con los demás días. Para comparar hacen falta al menos {need_contacts} contactos o incidentes y {need_entries} entradas con ánimo anotado en cada lado. En estas fechas: contactos o incidentes, {contacts}; entradas con ánimo anotado en los {days} días siguientes, {after}; en los demás días, {other}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After {contacts} contacts or incidents, the next {days} days averaged a mood of {after_mood} of 5 ({after} entries with a mood). Other days averaged {other_mood} ({other} entries with a mood).</source>
        <translation>Después de {contacts} contactos o incidentes, los {days} días siguientes tuvieron un ánimo medio de {after_mood} sobre 5 ({after} entradas con ánimo anotado). Los demás días tuvieron una media de {other_mood} ({other} entradas con ánimo anotado).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts and incidents come from your contact log and incident record. The {days} days after each one count as after it; every other day with a mood counts as another day. These are your own numbers, not a measure of you.</source>
        <translation>Los contactos y los incidentes salen de tu registro de contactos y de tu registro de incidentes. Los {days} días siguientes a cada uno cuentan como «después»; cualquier otro día con ánimo anotado cuenta como uno de los demás días. Son tus propios números, no una medida de quién eres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/details.py" line="+85"/>
        <source>{name} ({mime}, {size} bytes)</source>
        <translation>{name} ({mime}, {size} bytes)</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+22"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/incidents/report_html.py" line="+276"/>
        <location filename="../../app/ui/record/details.py" line="+24"/>
        <source>Happened</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened (time zone)</source>
        <translation>Ocurrió (zona horaria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened (time is approximate)</source>
        <translation>Ocurrió (hora aproximada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded (UTC)</source>
        <translation>Registrado (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amendments</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendments (when, reason, what changed)</source>
        <translation>Correcciones (cuándo, motivo, qué cambió)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files (name, SHA-256)</source>
        <translation>Archivos de prueba (nombre, SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>about</source>
        <translation>aprox.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/incidents/report_html.py" line="+37"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} was: {before}; now: {after}</source>
        <translation>{label}, antes: {before}; ahora: {after}</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_html.py" line="-266"/>
        <source>Incident report</source>
        <translation>Informe de incidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold cannot promise how a court, the police or anyone else will treat this report. It shows what was written down, when Threshold kept it, and every change made since, with its reason. It cannot show that the words are true, or that this computer&apos;s clock was right. A lawyer or an advocate can tell you how it may be used where you are.</source>
        <translation>Threshold no puede garantizar cómo valorarán este informe un tribunal, la policía o cualquier otra persona. Muestra lo que se anotó, cuándo lo guardó Threshold y cada cambio hecho desde entonces, con su motivo. No puede demostrar que lo escrito sea cierto, ni que el reloj de este equipo estuviera en hora. Un abogado o un servicio de apoyo pueden decirte cómo puede usarse donde estás.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every record and amendment is sealed by a link of a hash chain. If anything recorded up to the digest above were rewritten or cut away, the chain would no longer reach it: a copy of this digest kept apart from the computer lets anyone check that later (threshold incidents verify --receipt DIGEST).</source>
        <translation>Cada registro y cada corrección quedan sellados por un eslabón de una cadena de hashes. Si algo de lo registrado hasta la huella de arriba se reescribiera o se quitara, la cadena ya no llegaría hasta ello: con una copia de esta huella guardada fuera del equipo, cualquiera puede comprobarlo más adelante (threshold incidents verify --receipt DIGEST).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Made {when}.</source>
        <translation>Creado el {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Period:&lt;/b&gt; {period}</source>
        <translation>&lt;b&gt;Periodo:&lt;/b&gt; {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>How to read it</source>
        <translation>Cómo leerlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s chain</source>
        <translation>La cadena del registro de incidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this report can and cannot show</source>
        <translation>Lo que este informe puede y no puede mostrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>everything recorded</source>
        <translation>todo lo registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to {last}</source>
        <translation>hasta el {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {first}</source>
        <translation>desde el {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only records of these kinds: {kinds}.</source>
        <translation>Solo registros de estos tipos: {kinds}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records naming {who}</source>
        <translation>Solo registros que nombran a {who}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Checked when this report was made: it does not hold: {problem}.</source>
        <translation>Comprobada al crear este informe: no está íntegra: {problem}.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Names are replaced: the people these records name appear by their initials, or by the pseudonym chosen.</source>
        <translation>Los nombres están sustituidos: las personas nombradas en estos registros aparecen con sus iniciales o con el seudónimo elegido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No records match this period and these choices.</source>
        <translation>Ningún registro coincide con este periodo y estas opciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} record, oldest first, each on a page of its own. A record of several kinds counts under each.</source>
        <translation>{count} registro, en una página propia. Un registro de varios tipos cuenta en cada uno de ellos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} records, oldest first, each on a page of its own. A record of several kinds counts under each.</source>
        <translation>{count} registros, del más antiguo al más reciente, cada uno en una página propia. Un registro de varios tipos cuenta en cada uno de ellos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/incidents/report_words.py" line="+19"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pictures among the evidence are shown after each record&apos;s list, with their metadata (such as the camera and the place) left out of this copy.</source>
        <translation>Las imágenes que hay entre las pruebas se muestran después de la lista de cada registro; en esta copia se han quitado sus metadatos (como la cámara y el lugar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files are listed, not shown.</source>
        <translation>Los archivos de prueba se enumeran, pero no se muestran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each record gives two times: when it happened, as remembered, in the time zone where it happened (marked “about” when only roughly known), and when it was recorded, set by Threshold at the moment it was written down and never changed since.</source>
        <translation>Cada registro da dos momentos: cuándo ocurrió, tal como se recuerda, en la zona horaria del lugar donde ocurrió (marcado con «aprox.» cuando solo se sabe de forma aproximada), y cuándo se registró, fijado por Threshold en el momento en que se anotó y sin cambios desde entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A record reads as it does now. A record is never changed in place: each correction is an amendment, shown beneath it with when it was made, its reason, and what the field said before and after.</source>
        <translation>Cada registro se muestra tal como está ahora. Un registro nunca se reescribe: cada cambio se añade como una corrección, que aparece debajo con cuándo se hizo, su motivo y lo que decía el campo antes y después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words quoted exactly as they were said or written are set apart, indented and in italics.</source>
        <translation>Las palabras citadas tal como se dijeron o se escribieron aparecen aparte, con sangría y en cursiva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each evidence file is listed with its SHA-256 digest, taken when Threshold kept it: the same file, unaltered, gives the same digest.</source>
        <translation>Cada archivo de prueba aparece con su huella SHA-256, calculada cuando Threshold lo guardó: el mismo archivo, sin alterar, da la misma huella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is recorded yet, so the chain has no links.</source>
        <translation>Aún no hay nada registrado, así que la cadena no tiene eslabones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked when this report was made: it holds; nothing in the record was changed, added, trashed or deleted for good without its link.</source>
        <translation>Comprobada al crear este informe: está íntegra; nada en el registro de incidentes se ha cambiado, añadido, movido a la papelera ni eliminado definitivamente sin su eslabón.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newest digest, as of {when}, {count} link:</source>
        <translation>Huella más reciente, del {when}, con {count} eslabón:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest digest, as of {when}, {count} links:</source>
        <translation>Huella más reciente, del {when}, con {count} eslabones:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record {number} of {total}: {kinds}</source>
        <translation>Registro {number} de {total}: {kinds}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record id {id}</source>
        <translation>Identificador del registro: {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/record/details.py" line="+1"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(No account was written.)</source>
        <translation>(No se escribió ningún relato.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amendments ({count})</source>
        <translation>Correcciones ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Amendment {number}&lt;/b&gt;, recorded {when}.</source>
        <translation>&lt;b&gt;Corrección {number}&lt;/b&gt;, registrada el {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} was:</source>
        <translation>{label}, antes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} now:</source>
        <translation>{label}, ahora:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No evidence files.</source>
        <translation>No hay archivos de prueba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {name}: {kind}, {size} bytes</source>
        <translation>{number}. {name}: {kind}, {size} bytes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence file {number}: {name}</source>
        <translation>Archivo de prueba {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/details.py" line="+19"/>
        <source>As it reads now</source>
        <translation>Tal como está ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>The record</source>
        <translation>El registro</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Amendments, oldest first</source>
        <translation>Correcciones, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As first written</source>
        <translation>Tal como se escribió al principio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amended {when}</source>
        <translation>Corregido el {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend this record</source>
        <translation>Corregir este registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/evidence.py" line="+36"/>
        <source>{name} ({mime}, {size} bytes), SHA-256 {digest}…</source>
        <translation>{name} ({mime}, {size} bytes), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="+12"/>
        <location filename="../../app/ui/record/evidence.py" line="+20"/>
        <location filename="../../app/ui/record/form.py" line="+248"/>
        <location filename="../../app/ui/record/labels.py" line="+17"/>
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/evidence.py" line="+5"/>
        <source>Attach f&amp;iles…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Attach evidence files</source>
        <translation>Adjuntar archivos de prueba</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen new file off</source>
        <translation>Quitar el archivo nuevo elegido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} wasn&apos;t added: {reason}</source>
        <translation>{name} no se añadió: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</source>
        <translation>Imágenes y PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{line} (added when you save)</source>
        <translation>{line} (se añade al guardar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kept exactly as they are, each with its SHA-256, so a change would show.</source>
        <translation>Se guardan tal como son, cada uno con su SHA-256, para que cualquier cambio se note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="-203"/>
        <source>Kept as it stood when the journal locked; no reason had been typed yet.</source>
        <translation>Se guardó tal como estaba cuando el diario se bloqueó; todavía no se había escrito ningún motivo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amend a record</source>
        <translation>Corregir un registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/page.py" line="-9"/>
        <source>Add a record</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose at least one kind of thing it was. Nothing was saved.</source>
        <translation>Elige al menos un tipo para lo que pasó. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{reason} Your words are still here.</source>
        <translation>{reason} Tus palabras siguen aquí.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here isn&apos;t saved yet. If you leave now, it won&apos;t be kept. Would you like to go back to it?</source>
        <translation>Lo que has escrito aquí aún no se ha guardado. Si sales ahora, no se conservará. ¿Quieres volver a ello?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go &amp;back to it</source>
        <translation>&amp;Volver a ello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Why you are amending it</source>
        <translation>Por qué lo corriges</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="-70"/>
        <location filename="../../app/incidents/report_words.py" line="-10"/>
        <location filename="../../app/ui/record/form.py" line="+7"/>
        <location filename="../../app/ui/record/labels.py" line="-11"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+4"/>
        <source>Why it wasn&apos;t saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="-1"/>
        <location filename="../../app/ui/record/form.py" line="+8"/>
        <location filename="../../app/ui/record/labels.py" line="+2"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+3"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Who saw or heard it</source>
        <translation>Quién lo vio o lo oyó</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Injuries or damage</source>
        <translation>Lesiones o daños</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Anything hurt or broken</source>
        <translation>Si alguien se hizo daño o algo se rompió</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Reports made</source>
        <translation>Informes y denuncias</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>A police reference, a doctor, an advocate</source>
        <translation>Un número de denuncia, un médico, un servicio de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+6"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Evidence still to gather</source>
        <translation>Pruebas por reunir</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Messages to save, photos to take</source>
        <translation>Mensajes que guardar, fotos que hacer</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>How I felt</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>Whatever was there</source>
        <translation>Lo que sentiste, sea lo que sea</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="+1"/>
        <location filename="../../app/incidents/report_words.py" line="+1"/>
        <location filename="../../app/ui/record/form.py" line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form.py" line="+0"/>
        <source>All of it counts</source>
        <translation>Todo cuenta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the amendment</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/widgets/confirm.py" line="+38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When it happened</source>
        <translation>&amp;Cuándo pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;kind (one or more)</source>
        <translation>Qué &amp;tipo (uno o más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;ere</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;happened</source>
        <translation>Qué &amp;pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;tnesses</source>
        <translation>Testi&amp;gos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;juries or damage</source>
        <translation>&amp;Lesiones o daños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports made</source>
        <translation>&amp;Informes y denuncias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence still to gather</source>
        <translation>P&amp;ruebas por reunir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I &amp;felt</source>
        <translation>Cómo me &amp;sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I &amp;did</source>
        <translation>Qué &amp;hice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Motivo de la corrección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines you start with &quot;&gt; &quot; are kept as exact quotes.</source>
        <translation>Las líneas que empiezas con «&gt;» y un espacio se guardan como citas exactas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you save, Threshold notes the time it was recorded; it can&apos;t be changed.</source>
        <translation>Al guardar, Threshold anota la hora en que se registró; esa hora no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded {when}. Nothing is changed in place: your amendment is kept beneath the original, with its reason and its time.</source>
        <translation>Registrado el {when}. No se reescribe nada: tu corrección se guarda debajo del original, con su motivo y su hora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/form_parts.py" line="+1"/>
        <source>The day it happened</source>
        <translation>El día en que ocurrió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it happened</source>
        <translation>La hora en que ocurrió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About then</source>
        <translation>&amp;Aproximadamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time is remembered roughly</source>
        <translation>La hora es aproximada</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s time</source>
        <translation>La hora de este equipo</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/ui/record/labels.py" line="-9"/>
        <source>What kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_words.py" line="-29"/>
        <location filename="../../app/ui/record/labels.py" line="-14"/>
        <source>A contact attempt</source>
        <translation>Un intento de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/record/labels.py" line="+2"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A threat</source>
        <translation>Una amenaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Physical</source>
        <translation>Físico</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Stalking or monitoring</source>
        <translation>Acoso o vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>Financial</source>
        <translation>Económico</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>About the children</source>
        <translation>Sobre los hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A breach of an order</source>
        <translation>Un incumplimiento de una orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Through others</source>
        <translation>A través de otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another way</source>
        <translation>De otra manera</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/record/labels.py" line="+5"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+118"/>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG picture</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG picture</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP picture</source>
        <translation>Imagen WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF picture</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP picture</source>
        <translation>Imagen BMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{day}, about {time}, {zone}</source>
        <extracomment>When it happened, only roughly known: &quot;Sunday, 3 May 2026, about 21:10, Europe/Berlin&quot;.</extracomment>
        <translation>{day}, aprox. {time}, {zone}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../app/incidents/report_csv.py" line="-8"/>
        <location filename="../../app/incidents/report_words.py" line="-80"/>
        <location filename="../../app/ui/record/labels.py" line="+3"/>
        <location filename="../../app/ui/record/report_dialog.py" line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/incidents/report_words.py" line="+7"/>
        <location filename="../../app/ui/record/labels.py" line="+8"/>
        <source>How they reached out</source>
        <translation>Cómo se pusieron en contacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/labels.py" line="+1"/>
        <source>A journal entry</source>
        <translation>Una entrada del diario</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>about {when}</source>
        <translation>aprox. {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} ({zone})</source>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/model.py" line="+124"/>
        <location line="+11"/>
        <source>amended</source>
        <translation>corregido</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/page.py" line="-244"/>
        <source>Your records</source>
        <translation>Tus registros</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record matches what you chose to show.</source>
        <translation>Ningún registro coincide con lo que elegiste mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet. When something happens, you can write it down here, as close to the time as you can. A few words are enough.</source>
        <translation>Aún no hay nada registrado. Cuando pase algo, puedes anotarlo aquí, lo más cerca posible del momento. Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add a record…</source>
        <translation>&amp;Añadir un registro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected record</source>
        <translation>Abrir el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend…</source>
        <translation>Corre&amp;gir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amend the selected record</source>
        <translation>Corregir el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to tra&amp;sh</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected record to the trash</source>
        <translation>Mover el registro seleccionado a la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a rece&amp;ipt…</source>
        <translation>&amp;Imprimir un comprobante…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print a receipt</source>
        <translation>Imprimir un comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;port…</source>
        <translation>In&amp;forme…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A report for someone helping</source>
        <translation>Un informe para quien te ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the record</source>
        <translation>&amp;Comprobar el registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/record/receipt.py" line="+47"/>
        <source>Check the record</source>
        <translation>Comprobar el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look in the trash</source>
        <translation>&amp;Mirar en la papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the records of</source>
        <translation>Mostrar los registros de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the records of the kind</source>
        <translation>Mostrar los registros del tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What couldn&apos;t be done</source>
        <translation>Lo que no se pudo hacer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Incident record</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each record keeps when it happened and, apart, when you wrote it down. A correction is added beneath the original; nothing is written over.</source>
        <translation>Cada registro guarda cuándo ocurrió y, aparte, cuándo lo anotaste. Una corrección se añade debajo del original; nunca se sobrescribe nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/page_parts.py" line="+2"/>
        <source>This can&apos;t be undone. Its words, amendments and files go; one line stays in the record&apos;s chain saying that a record was removed, and when. If you might want it later, it can stay in the trash.</source>
        <translation>Esto no se puede deshacer. Se eliminan su texto, sus correcciones y sus archivos; en la cadena del registro de incidentes queda una línea que indica que se eliminó un registro, y cuándo. Si crees que podrías quererlo más adelante, puede quedarse en la papelera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../app/ui/record/report_dialog.py" line="-113"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/receipt.py" line="-99"/>
        <source>Keep this line somewhere apart from this computer (on paper, or with someone you trust). Later, checking the record against it shows whether everything recorded up to now is still there as it was: any rewrite of an earlier record, or one cut away, would no longer reach this line. Records added after it don&apos;t change that.</source>
        <translation>Guarda esta línea en algún lugar fuera de este equipo (en papel, o con alguien de confianza). Más adelante, comprobar el registro con ella muestra si todo lo registrado hasta ahora sigue ahí tal como estaba: si se reescribiera un registro anterior, o se quitara alguno, la cadena ya no llegaría a esta línea. Los registros añadidos después no cambian eso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It can&apos;t show that the words are true, or when they were first written if this computer&apos;s clock was wrong. Someone with your journal&apos;s key could rewrite it all and make a new chain; a receipt kept elsewhere would then no longer match.</source>
        <translation>No puede demostrar que lo escrito sea cierto, ni cuándo se escribió por primera vez si el reloj de este equipo estaba mal. Alguien con la clave de tu diario podría reescribirlo todo y crear una cadena nueva; en ese caso, un comprobante guardado en otro lugar ya no coincidiría.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Threshold incident record, {links} links, as of {at}:
{digest}</source>
        <translation>Registro de incidentes de Threshold, {links} eslabones, a fecha de {at}:
{digest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record holds: {links} links, and nothing in it was changed, added, moved to the trash or deleted for good without its link. The newest records could still be cut away together with their links; a receipt kept elsewhere would show that.</source>
        <translation>El registro de incidentes está íntegro: {links} eslabones, y nada en él se ha cambiado, añadido, movido a la papelera ni eliminado definitivamente sin su eslabón. Los registros más recientes aún podrían quitarse junto con sus eslabones; un comprobante guardado en otro lugar lo mostraría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record does not hold: {where}. Something was changed outside Threshold. Your records are still here; a backup from before then holds them as they were.</source>
        <translation>El registro de incidentes no está íntegro: {where}. Algo se cambió fuera de Threshold. Tus registros siguen aquí; una copia de seguridad de antes de ese momento los conserva tal como estaban.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A receipt for your record</source>
        <translation>Un comprobante de tu registro de incidentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the receipt</source>
        <translation>Copiar el comprobante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recorded yet, so there is no receipt.</source>
        <translation>Aún no hay nada registrado, así que no hay comprobante.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As of {at}, your record has {links} links. Its newest digest:</source>
        <translation>A fecha de {at}, tu registro de incidentes tiene {links} eslabones. Su huella más reciente:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The digest</source>
        <translation>La huella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it proves</source>
        <translation>Lo que demuestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does not</source>
        <translation>Lo que no demuestra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/record/report_dialog.py" line="-52"/>
        <source>The report holds each record with both its times, its amendments beneath it and its evidence files with their SHA-256, and the chain&apos;s newest digest. The file is not encrypted; keep it somewhere safe. Threshold can&apos;t promise how a court or anyone else will treat it.</source>
        <translation>El informe incluye cada registro con sus dos fechas, sus correcciones debajo y sus archivos de prueba con su SHA-256, además de la huella más reciente de la cadena. El archivo no está cifrado; guárdalo en un lugar seguro. Threshold no puede garantizar cómo lo valorará un tribunal ni nadie más.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+99"/>
        <source>A report of your record</source>
        <translation>Un informe de tu registro de incidentes</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, para leer o imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV, for a spreadsheet</source>
        <translation>&amp;CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only &amp;between</source>
        <translation>Solo &amp;entre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day</source>
        <translation>El primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day</source>
        <translation>El último día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the records naming</source>
        <translation>Solo los registros que nombran a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show people by their &amp;initials</source>
        <translation>Mostrar a las personas por sus &amp;iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw evidence pictures (otherwise listed)</source>
        <translation>&amp;Mostrar las imágenes de prueba (si no, solo se enumeran)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first day is after the last one, so no day is in between.</source>
        <translation>El primer día es posterior al último, así que no queda ningún día en medio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incident-report</source>
        <extracomment>The report&apos;s file name offered when saving (the suffix is added to it).</extracomment>
        <translation>informe-de-incidentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report of {count} records is saved as {path}. The file is not encrypted; keep it somewhere safe.</source>
        <translation>El informe de {count} registros se ha guardado como {path}. El archivo no está cifrado; guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record&apos;s chain does not hold (Check the record says where); the report says so on its first page.</source>
        <translation>La cadena del registro de incidentes no está íntegra («Comprobar el registro» indica dónde); el informe lo dice en su primera página.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What kind (none chosen: every kind)</source>
        <translation>Tipo (si no eliges ninguno: todos los tipos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/access_model.py" line="+29"/>
        <source>The computer login (system keyring)</source>
        <translation>El inicio de sesión del equipo (llavero del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In this window</source>
        <translation>En esta ventana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the command line</source>
        <translation>Desde la línea de comandos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened</source>
        <translation>Se abrió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal made</source>
        <translation>Se creó el diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong recovery key</source>
        <translation>Clave de recuperación incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring&apos;s secret did not fit</source>
        <translation>El secreto del llavero no coincidía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier events, kept as a count</source>
        <translation>Accesos anteriores, resumidos en un recuento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history starts here</source>
        <translation>El historial empieza aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unlocks} opened, {refused} tried and stayed locked, since {since}</source>
        <translation>{unlocks} aperturas y {refused} intentos en los que siguió bloqueado, desde el {since}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{way} · {place}</source>
        <translation>{way} · {place}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record of who opened your journal was emptied or removed since you last opened it, so Threshold can&apos;t say whether anyone tried. It starts again from now.</source>
        <translation>El registro de quién abrió tu diario se vació o se eliminó desde la última vez que lo abriste, así que Threshold no puede saber si alguien lo intentó. Vuelve a empezar a partir de ahora.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Since you last opened your journal, one try to open it was refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Desde la última vez que abriste tu diario, se rechazó un intento de abrirlo. Si no fuiste tú, lo intentó otra persona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last opened your journal, two tries to open it were refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Desde la última vez que abriste tu diario, se rechazaron dos intentos de abrirlo. Si no fuiste tú, lo intentó otra persona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last opened your journal, {count} tries to open it were refused. If that wasn&apos;t you, someone else tried.</source>
        <translation>Desde la última vez que abriste tu diario, se rechazaron {count} intentos de abrirlo. Si no fuiste tú, lo intentó otra persona.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/printing.py" line="+31"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/link_dialog.py" line="+217"/>
        <source>Once this entry is saved, you can link what happened next.</source>
        <translation>Cuando esta entrada esté guardada, podrás enlazar lo que pasó después.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link to {days} was removed.</source>
        <translation>Se quitó el enlace con la entrada del {days}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The links to {days} were removed.</source>
        <translation>Se quitaron los enlaces con las entradas de estos días: {days}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to {day}.</source>
        <translation>Enlazada con la entrada del {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/icons.py" line="+53"/>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/step_pages.py" line="+53"/>
        <source>I need a &amp;pause</source>
        <translation>Necesito una &amp;pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I need a pause</source>
        <translation>Necesito una pausa</translation>
    </message>
    <message>
        <location filename="../../app/backup/backups.py" line="+55"/>
        <source>The new backup didn&apos;t pass its check, so it was removed; earlier backups were not touched. The journal itself may be damaged: `threshold verify` checks it.</source>
        <translation>La nueva copia de seguridad no ha superado su comprobación, así que se ha eliminado; las copias anteriores no se han tocado. Puede que el propio diario esté dañado: puedes comprobarlo con `threshold verify`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There isn&apos;t enough space in the backup folder, so no backup was made. Your journal and earlier backups are untouched; free some space or choose another folder.</source>
        <translation>No hay espacio suficiente en la carpeta de copias de seguridad, así que no se ha hecho ninguna copia. Tu diario y las copias anteriores están intactos; puedes liberar algo de espacio o elegir otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold can&apos;t write to the backup folder (it is read-only or not yours), so no backup was made. Your journal and earlier backups are untouched.</source>
        <translation>Threshold no puede escribir en la carpeta de copias de seguridad (es de solo lectura o no es tuya), así que no se ha hecho ninguna copia. Tu diario y las copias anteriores están intactos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder&apos;s disk reported an error (it may have been removed), so no backup was made. Your journal and earlier backups are untouched.</source>
        <translation>El disco de la carpeta de copias de seguridad ha dado un error (puede que se haya retirado), así que no se ha hecho ninguna copia. Tu diario y las copias anteriores están intactos.</translation>
    </message>
    <message>
        <location line="+101"/>
        <location filename="../../app/storage/read_only.py" line="+74"/>
        <source>There is no backup file at that place.</source>
        <translation>No hay ningún archivo de copia de seguridad en ese lugar.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{folder} is a file, not a folder. Please choose a folder for backups.</source>
        <translation>{folder} es un archivo, no una carpeta. Elige una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/backup/destination.py" line="+48"/>
        <source>The backup folder {folder} isn&apos;t there just now (is the USB stick plugged in?), so no backup was made. Your journal is untouched.</source>
        <translation>La carpeta de copias de seguridad {folder} no está disponible ahora mismo (¿está conectada la memoria USB?), así que no se ha hecho ninguna copia. Tu diario está intacto.</translation>
    </message>
    <message>
        <location filename="../../app/backup/restore.py" line="+27"/>
        <source>This backup didn&apos;t pass its check, so it was not restored. Nothing was changed; an older backup may still be sound.</source>
        <translation>Esta copia de seguridad no ha superado su comprobación, así que no se ha restaurado. No se ha cambiado nada; puede que una copia más antigua esté en buen estado.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The restore stopped halfway through. Nothing was deleted, and Threshold will finish it the next time it starts; the journal it replaces is in {folder}.</source>
        <translation>La restauración se ha detenido a medias. No se ha borrado nada, y Threshold la terminará la próxima vez que se abra; el diario al que sustituye está en {folder}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There isn&apos;t enough space to restore this backup: it needs about as much free space as the backup takes. Nothing was changed; free some space and try again.</source>
        <translation>No hay espacio suficiente para restaurar esta copia de seguridad: necesita más o menos tanto espacio libre como ocupa la copia. No se ha cambiado nada; puedes liberar algo de espacio y volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup couldn&apos;t be copied in ({reason}). Nothing was changed.</source>
        <translation>No se ha podido traer la copia de seguridad ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+64"/>
        <source>The system keyring can&apos;t be used: {cause}.</source>
        <translation>No se puede usar el llavero del sistema: {cause}.</translation>
    </message>
    <message>
        <location filename="../../app/export/complete.py" line="+37"/>
        <source>Threshold couldn&apos;t finish this export: the file came out shorter than what you chose, so it wasn&apos;t kept. Your entries are safe in the journal. You can try again, or export fewer entries at a time.</source>
        <translation>Threshold no ha podido terminar esta exportación: el archivo ha salido más corto de lo que elegiste, así que no se ha guardado. Tus entradas están a salvo en el diario. Puedes volver a intentarlo, o exportar menos entradas cada vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold couldn&apos;t make this PDF: part of an entry is too long to lay out on pages, so no file was kept. Your entries are safe in the journal. You can export it as Markdown, HTML or text instead.</source>
        <translation>Threshold no ha podido crear este PDF: una parte de una entrada es demasiado larga para repartirla en páginas, así que no se ha guardado ningún archivo. Tus entradas están a salvo en el diario. Puedes exportarla como Markdown, HTML o texto.</translation>
    </message>
    <message>
        <location filename="../../app/export/files_folder.py" line="+65"/>
        <source>There is already a folder named {folder} beside {name}; nothing was written. Please choose another name, or move that folder.</source>
        <translation>Ya hay una carpeta llamada {folder} junto a {name}; no se ha escrito nada. Puedes elegir otro nombre o mover esa carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/export/write.py" line="-32"/>
        <source>The folder {folder} doesn&apos;t exist, so nothing was written.</source>
        <translation>La carpeta {folder} no existe, así que no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A folder named {folder} appeared; nothing was written.</source>
        <translation>Ha aparecido una carpeta llamada {folder}; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../app/export/prepare.py" line="+28"/>
        <source>Nothing to export: no entries match what was chosen.</source>
        <translation>No hay nada que exportar: ninguna entrada coincide con lo elegido.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Feeling {feeling}, mood {mood} of 5</source>
        <translation>Sentimiento: {feeling}; ánimo: {mood} de 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling {feeling}</source>
        <translation>Sentimiento: {feeling}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood {mood} of 5</source>
        <translation>Ánimo: {mood} de 5</translation>
    </message>
    <message>
        <location filename="../../app/export/redaction.py" line="+103"/>
        <source>A name to redact must be one short line. Nothing was exported.</source>
        <translation>Un nombre que ocultar tiene que ser una sola línea corta. No se ha exportado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--redact takes NAME=PSEUDONYM, for example --redact &apos;Margaret Smith=M&apos;, or NAME= for initials. Nothing was exported.</source>
        <translation>--redact admite NOMBRE=SEUDÓNIMO, por ejemplo --redact &apos;Margaret Smith=M&apos;, o NOMBRE= para usar las iniciales. No se ha exportado nada.</translation>
    </message>
    <message>
        <location filename="../../app/export/write.py" line="+4"/>
        <location filename="../../app/transfer/archive_write.py" line="+148"/>
        <source>{path} is a folder; please choose a file name. Nothing was written.</source>
        <translation>{path} es una carpeta; elige un nombre de archivo. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} to {last}</source>
        <extracomment>Days in a file name: &quot;2026-01-02 to 2026-11-25&quot;.</extracomment>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The export couldn&apos;t be written: the file read back differs from what was written. Nothing was kept; your entries are safe in the journal.</source>
        <translation>No se ha podido escribir la exportación: el archivo leído de nuevo no coincide con lo que se escribió. No se ha guardado nada; tus entradas están a salvo en el diario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The disk is full, so the export wasn&apos;t written. Nothing was changed.</source>
        <translation>El disco está lleno, así que no se ha escrito la exportación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold can&apos;t write to the folder {folder}. Nothing was written; please choose another folder.</source>
        <translation>Threshold no puede escribir en la carpeta {folder}. No se ha escrito nada; elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export couldn&apos;t be written ({reason}). Nothing was changed.</source>
        <translation>No se ha podido escribir la exportación ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/interrupted.py" line="+57"/>
        <source>A restore was interrupted and couldn&apos;t be finished just now ({reason}). Nothing was deleted: the journal it replaces is in a replaced-… folder inside {folder}.</source>
        <translation>Una restauración se interrumpió y ahora mismo no se ha podido terminar ({reason}). No se ha borrado nada: el diario al que sustituye está en una carpeta replaced-… dentro de {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/journal/attaching.py" line="+69"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/journal/backups.py" line="+27"/>
        <source>This backup doesn&apos;t open with its own key file, so it may be damaged. Nothing was changed.</source>
        <translation>Esta copia de seguridad no se abre con su propio archivo de clave, así que puede que esté dañada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup needs both its .db file and the .db.keys file beside it; one is missing.</source>
        <translation>Una copia de seguridad necesita su archivo .db y, a su lado, el archivo .db.keys; falta uno de los dos.</translation>
    </message>
    <message>
        <location filename="../../app/journal/journal.py" line="+261"/>
        <source>An empty passphrase can&apos;t protect the journal.</source>
        <translation>Una frase de contraseña vacía no puede proteger el diario.</translation>
    </message>
    <message>
        <location filename="../../app/journal/opening.py" line="+48"/>
        <source>{folder} is a file, not a folder, so Threshold can&apos;t keep a journal there. Nothing was changed. Please choose a folder for the journal (--data-dir).</source>
        <translation>{folder} es un archivo, no una carpeta, así que Threshold no puede guardar un diario ahí. No se ha cambiado nada. Elige una carpeta para el diario (--data-dir), por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold isn&apos;t allowed to look into the journal&apos;s folder ({folder}). This can happen after running Threshold with sudo. Nothing was changed; giving the folder back to your user (for example with `sudo chown -R $USER {folder}`) lets it open again.</source>
        <translation>Threshold no tiene permiso para mirar dentro de la carpeta del diario ({folder}). Esto puede pasar después de ejecutar Threshold con sudo. No se ha cambiado nada; si devuelves la carpeta a tu usuario (por ejemplo con `sudo chown -R $USER {folder}`), el diario se podrá abrir de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is empty, as if it had been cut short, so Threshold left it untouched. A backup can bring your entries back.</source>
        <translation>El archivo del diario está vacío, como si se hubiera cortado, así que Threshold no lo ha tocado. Una copia de seguridad puede devolverte tus entradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file in this folder belongs to a different journal, so nothing was opened. A backup of the folder can bring the right one back.</source>
        <translation>El archivo de clave de esta carpeta pertenece a otro diario, así que no se ha abierto nada. Una copia de seguridad de la carpeta puede recuperar el correcto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A journal already exists in this folder; it was left untouched.</source>
        <translation>Ya hay un diario en esta carpeta; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new journal needs either a passphrase or the system keyring.</source>
        <translation>Un diario nuevo necesita una frase de contraseña o el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The journal is here but its key file is missing. Nothing was changed; a backup of the folder can bring the key file back.</source>
        <translation>El diario está aquí, pero falta su archivo de clave. No se ha cambiado nada; una copia de seguridad de la carpeta puede recuperar el archivo de clave.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal&apos;s key file is here but the journal itself is missing. Nothing was changed; a backup can bring it back.</source>
        <translation>El archivo de clave del diario está aquí, pero falta el propio diario. No se ha cambiado nada; una copia de seguridad puede recuperarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/storage/connection.py" line="+75"/>
        <source>There is no journal in this folder yet.</source>
        <translation>Todavía no hay ningún diario en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/media/problems.py" line="+19"/>
        <source>This PNG picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Esta imagen PNG parece dañada o incompleta. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This JPEG picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Esta imagen JPEG parece dañada o incompleta. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WebP picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Esta imagen WebP parece dañada o incompleta. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This GIF picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Esta imagen GIF parece dañada o incompleta. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This BMP picture seems damaged or incomplete. Nothing was attached.</source>
        <translation>Esta imagen BMP parece dañada o incompleta. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF document seems damaged or incomplete. Nothing was attached.</source>
        <translation>Este documento PDF parece dañado o incompleto. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file isn&apos;t a picture or a PDF Threshold can keep. It can keep PNG, JPEG, WebP, GIF and BMP pictures and PDF documents.</source>
        <translation>Este archivo no es una imagen ni un PDF que Threshold pueda guardar. Puede guardar imágenes PNG, JPEG, WebP, GIF y BMP, y documentos PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is empty. Nothing was attached.</source>
        <translation>Este archivo está vacío. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This PDF is locked with a password, so Threshold can&apos;t remove its details for an export.</source>
        <translation>Este PDF está protegido con una contraseña, así que Threshold no puede quitarle sus detalles para una exportación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This picture says it is {width} × {height} pixels, too large to open safely. Nothing was attached.</source>
        <translation>Según sus datos, esta imagen mide {width} × {height} píxeles, demasiado para abrirla con seguridad. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file is {size} MB; Threshold keeps files up to {limit} MB. Nothing was attached.</source>
        <translation>Este archivo ocupa {size} MB; Threshold guarda archivos de hasta {limit} MB. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file changed while it was being read. Nothing was attached.</source>
        <translation>El archivo cambió mientras se leía. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is a link to another file; attach the file itself.</source>
        <translation>«{name}» es un enlace a otro archivo; puedes adjuntar el archivo en sí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” isn&apos;t there any more. Nothing was attached.</source>
        <translation>«{name}» ya no está ahí. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold isn&apos;t allowed to read “{name}”. Nothing was attached.</source>
        <translation>Threshold no tiene permiso para leer «{name}». No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a folder; attach a file inside it. Nothing was attached.</source>
        <translation>«{name}» es una carpeta; puedes adjuntar un archivo que esté dentro. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” isn&apos;t an ordinary file. Nothing was attached.</source>
        <translation>«{name}» no es un archivo normal. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” couldn&apos;t be read from the disk. Nothing was attached.</source>
        <translation>No se ha podido leer «{name}» del disco. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location filename="../../app/presentation.py" line="+84"/>
        <source>Please give the window a name.</source>
        <translation>Dale un nombre a la ventana, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s name can be up to {limit} characters on one line.</source>
        <translation>El nombre de la ventana puede tener hasta {limit} caracteres en una sola línea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That shortcut can&apos;t be used.</source>
        <translation>Ese atajo no se puede usar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the times on offer.</source>
        <translation>Elige uno de los tiempos que se ofrecen, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the languages on offer.</source>
        <translation>Elige uno de los idiomas que se ofrecen, por favor.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Threshold couldn&apos;t save these settings in its config folder.</source>
        <translation>Threshold no ha podido guardar estos ajustes en su carpeta de configuración.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/checkin_data.py" line="+119"/>
        <location filename="../../app/prompts/library.py" line="+155"/>
        <location filename="../../app/prompts/translated.py" line="+57"/>
        <source>can&apos;t be read ({reason}).</source>
        <translation>no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/prompts/translated.py" line="+4"/>
        <source>is malformed ({reason}).</source>
        <translation>está mal formado ({reason}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the mood grid needs each energy (1-3) and pleasantness (1-5) cell once</source>
        <translation>la cuadrícula del ánimo necesita cada casilla de energía (1-3) y agrado (1-5) una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every mood cell needs words, and no word may appear twice</source>
        <translation>cada casilla del ánimo necesita palabras, y ninguna palabra puede aparecer dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phases must be listed once each, in order</source>
        <translation>las fases tienen que aparecer una vez cada una, en orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last pull must be {id}</source>
        <translation>la última opción de lo que te removió tiene que ser {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closing lines and grounding exercises can&apos;t be empty</source>
        <translation>las frases de cierre y los ejercicios para volver al presente no pueden estar vacíos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/library.py" line="-7"/>
        <source>the file is larger than 1 MB.</source>
        <translation>el archivo ocupa más de 1 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a file (a folder or a device).</source>
        <translation>no es un archivo (es una carpeta o un dispositivo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a name a file can have.</source>
        <translation>no es un nombre que un archivo pueda tener.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the prompt id {id} is also used in the pack {pack}.</source>
        <translation>el identificador de pregunta {id} también se usa en el paquete {pack}.</translation>
    </message>
    <message>
        <location filename="../../app/prompts/pack_error.py" line="+35"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, línea {line}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/prompts/pack_file.py" line="+59"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pack</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a theme</source>
        <translation>un tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prompt</source>
        <translation>una pregunta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is larger than 1 MB, too large for a prompt pack.</source>
        <translation>el archivo ocupa más de 1 MB, demasiado para un paquete de preguntas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file isn&apos;t UTF-8 text.</source>
        <translation>el archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this isn&apos;t valid TOML ({reason}).</source>
        <translation>esto no es TOML válido ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number here is too long to read.</source>
        <translation>un número de esta línea es demasiado largo para leerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists or tables are nested too deeply.</source>
        <translation>hay listas o tablas anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a pack needs a [pack] table with an id and a name.</source>
        <translation>un paquete necesita una tabla [pack] con un id y un nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pack&apos;s version must be a whole number from 1 to {most}.</source>
        <translation>la versión del paquete tiene que ser un número entero del 1 al {most}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pack has no themes and no prompts.</source>
        <translation>el paquete no tiene temas ni preguntas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a pack can hold up to {count} themes.</source>
        <translation>un paquete puede tener hasta {count} temas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the theme id {id} appears twice.</source>
        <translation>el identificador de tema {id} aparece dos veces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the theme {id}</source>
        <translation>el tema {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a pack can hold up to {count} prompts.</source>
        <translation>un paquete puede tener hasta {count} preguntas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt id {id} appears twice.</source>
        <translation>el identificador de pregunta {id} aparece dos veces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the prompt {id}</source>
        <translation>la pregunta {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} names the theme {theme}, which is neither shipped nor declared in this pack.</source>
        <translation>{what} nombra el tema {theme}, que ni viene con Threshold ni está declarado en este paquete.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{what} needs phases: any of {names}.</source>
        <translation>{what} necesita fases: cualquiera de {names}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} has an unknown phase; the phases are {names}.</source>
        <translation>{what} tiene una fase desconocida; las fases son {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} needs an intensity of &quot;gentle&quot; or &quot;deep&quot;.</source>
        <translation>{what} necesita una intensidad «gentle» o «deep».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} has {count} follow-up questions; it needs 1 to 3.</source>
        <translation>{what} tiene {count} preguntas de seguimiento; necesita de 1 a 3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} has an empty follow-up question.</source>
        <translation>{what} tiene una pregunta de seguimiento vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a follow-up of {what}</source>
        <translation>una pregunta de seguimiento ({what})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} needs an id of lowercase letters, digits, &apos;-&apos; and &apos;.&apos; (up to 64).</source>
        <translation>{what} necesita un identificador (id) de letras minúsculas, cifras, «-» y «.» (hasta 64).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{what} needs a name (text).</source>
        <translation>{what} necesita un nombre (texto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} needs a description (text).</source>
        <translation>{what} necesita una descripción (texto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} needs a text (text).</source>
        <translation>{what} necesita un texto (texto).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} contains a control character.</source>
        <translation>{what} contiene un carácter de control.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} contains a hidden character ({code}) that reorders the text around it. Please remove it and import the pack again.</source>
        <translation>{what} contiene un carácter oculto ({code}) que cambia el orden del texto que lo rodea. Quítalo y vuelve a importar el paquete, por favor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{name}&apos; must be written as [[{name}]] tables.</source>
        <translation>«{name}» tiene que escribirse como tablas [[{name}]].</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} has an unknown key {key}; the keys are {keys}.</source>
        <translation>{what} tiene una clave desconocida, {key}; las claves son {keys}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the name of {what}</source>
        <translation>el nombre ({what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the description of {what}</source>
        <translation>la descripción ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text of {what}</source>
        <translation>el texto ({what})</translation>
    </message>
    <message>
        <location filename="../../app/prompts/toml_bounds.py" line="+22"/>
        <source>lists or tables are nested more than {depth} deep here; a pack needs no nesting.</source>
        <translation>aquí hay listas o tablas anidadas en más de {depth} niveles; un paquete no necesita anidar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key here has more than {parts} dotted parts; a pack&apos;s keys have one.</source>
        <translation>una clave de aquí tiene más de {parts} partes separadas por puntos; las claves de un paquete tienen una sola.</translation>
    </message>
    <message>
        <location filename="../../app/storage/attachments.py" line="+90"/>
        <source>That entry isn&apos;t there any more; nothing was attached.</source>
        <translation>Esa entrada ya no está; no se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>There is no attachment {id} in this journal.</source>
        <translation>En este diario no hay ningún adjunto {id}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/connection.py" line="-3"/>
        <source>A journal already exists here; it was left untouched.</source>
        <translation>Aquí ya hay un diario; no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../app/storage/contact_people.py" line="+33"/>
        <source>name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can be up to {limit} characters. Nothing was saved.</source>
        <translation>Un nombre puede tener hasta {limit} caracteres. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A contact can name up to {limit} people. Nothing was saved.</source>
        <translation>Un contacto puede nombrar hasta {limit} personas. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/contacts.py" line="+40"/>
        <source>That contact is no longer in the log.</source>
        <translation>Ese contacto ya no está en el registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;said&apos; text</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;felt&apos; text</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;did&apos; text</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>That contact isn&apos;t in the trash.</source>
        <translation>Ese contacto no está en la papelera.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Each part of a contact can be up to {limit} characters; a longer account fits in a linked entry. Nothing was saved.</source>
        <translation>Cada parte de un contacto puede tener hasta {limit} caracteres; un relato más largo cabe en una entrada enlazada. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/entries.py" line="+187"/>
        <source>That earlier version no longer exists.</source>
        <translation>Esa versión anterior ya no existe.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Please give at least {count} characters of the id.</source>
        <translation>Escribe al menos {count} caracteres del identificador, por favor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>More than one entry starts with {id}; please give more of the id.</source>
        <translation>Hay más de una entrada que empieza por {id}; escribe un poco más del identificador, por favor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That entry is already in the trash.</source>
        <translation>Esa entrada ya está en la papelera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That entry isn&apos;t in the trash.</source>
        <translation>Esa entrada no está en la papelera.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no entry with the id {id}.</source>
        <translation>No hay ninguna entrada con el identificador {id}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/export_log.py" line="+50"/>
        <source>The export log only records a known format and selection.</source>
        <translation>El registro de exportaciones solo anota un formato y una selección conocidos.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_rows.py" line="+42"/>
        <source>account</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harm</source>
        <translation>Lesiones o daños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>Informes y denuncias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to gather</source>
        <translation>Pruebas por reunir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>felt</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Say what kind of thing happened (at least one). Nothing was saved.</source>
        <translation>Indica qué tipo de cosa pasó (al menos una). No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it happened needs its time zone. Nothing was saved.</source>
        <translation>Para guardar cuándo pasó hace falta la zona horaria. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry id</source>
        <translation>Identificador de la entrada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {what} can be up to {limit} characters. Nothing was saved.</source>
        <translation>El campo «{what}» puede tener hasta {limit} caracteres. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_times.py" line="+39"/>
        <source>{time} can&apos;t be kept as a time. Nothing was saved.</source>
        <translation>{time} no se puede guardar como una hora. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{zone} isn&apos;t a time zone Threshold knows. Nothing was saved.</source>
        <translation>{zone} no es una zona horaria que Threshold conozca. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} didn&apos;t happen in {zone}: the clocks went forward then. Nothing was saved; give the time as a clock showed it.</source>
        <translation>{time} no existió en {zone}: a esa hora se adelantaron los relojes. No se ha guardado nada; puedes indicar la hora tal como la marcaba un reloj.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} came twice in {zone}: the clocks went back then. Nothing was saved; give the time in UTC, so it is clear which one.</source>
        <translation>{time} ocurrió dos veces en {zone}: a esa hora se atrasaron los relojes. No se ha guardado nada; puedes indicar la hora en UTC para que quede claro cuál es.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} hasn&apos;t come yet; a record is of what happened. Nothing was saved.</source>
        <translation>{time} todavía no ha llegado; un registro recoge lo que ya pasó. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/incidents.py" line="+71"/>
        <source>A file came with a record that does not name it. Nothing was kept.</source>
        <translation>Llegó un archivo con un registro que no lo nombra. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence file&apos;s id is taken in this journal already. Nothing was kept.</source>
        <translation>El identificador de un archivo de prueba ya está en uso en este diario. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence file the record names did not come with it. Nothing was kept.</source>
        <translation>Un archivo de prueba que nombra el registro no llegó con él. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence files come with a new record. Nothing was saved.</source>
        <translation>Los archivos de prueba llegan con un registro nuevo. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That record is in the trash; restore it to amend it.</source>
        <translation>Ese registro está en la papelera; puedes restaurarlo para corregirlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing differs from the record as it reads now. Nothing was saved.</source>
        <translation>No hay ningún cambio respecto a cómo está ahora el registro. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That record isn&apos;t in the trash. Nothing was deleted.</source>
        <translation>Ese registro no está en la papelera. No se ha borrado nada.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Give at least 8 characters of a record&apos;s id ({id}).</source>
        <translation>Escribe al menos 8 caracteres del identificador de un registro ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No record has the id {id}.</source>
        <translation>Ningún registro tiene el identificador {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several records begin with {id}; give more of it.</source>
        <translation>Varios registros empiezan por {id}; escribe un poco más.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>That record is in the trash already. Nothing was changed.</source>
        <translation>Ese registro ya está en la papelera. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That record isn&apos;t in the trash. Nothing was changed.</source>
        <translation>Ese registro no está en la papelera. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/storage/reasons.py" line="+109"/>
        <source>reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amendment needs a reason, in a few words. Nothing was saved.</source>
        <translation>Una corrección necesita un motivo, en pocas palabras. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason can be up to {limit} characters. Nothing was saved.</source>
        <translation>Un motivo puede tener hasta {limit} caracteres. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That evidence file isn&apos;t this record&apos;s. Nothing was saved.</source>
        <translation>Ese archivo de prueba no es de este registro. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/links.py" line="+182"/>
        <source>An entry can&apos;t be linked to itself; please choose a later one.</source>
        <translation>Una entrada no se puede enlazar consigo misma; elige una posterior, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened next has to be an entry written after the first one. Nothing was linked.</source>
        <translation>Lo que pasó después tiene que ser una entrada escrita después de la primera. No se ha enlazado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That entry is in the trash. You can restore it first, then link it.</source>
        <translation>Esa entrada está en la papelera. Puedes restaurarla primero y luego enlazarla.</translation>
    </message>
    <message>
        <location filename="../../app/storage/lockfile.py" line="+26"/>
        <source>The journal is open in another Threshold window or command. Please close it and try again; nothing was changed.</source>
        <translation>El diario está abierto en otra ventana u orden de Threshold. Ciérralo allí y vuelve a intentarlo, por favor; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/maintenance.py" line="+255"/>
        <source>The journal key couldn&apos;t be changed because the disk is full: it needs about as much free space as the journal takes. Nothing was changed; free some space and try again.</source>
        <translation>No se ha podido cambiar la clave del diario porque el disco está lleno: hace falta más o menos tanto espacio libre como ocupa el diario. No se ha cambiado nada; puedes liberar algo de espacio y volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/storage/preferences.py" line="+21"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Un momento de calma, si te apetece.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The reminder text can be up to {limit} characters.</source>
        <translation>El texto del recordatorio puede tener hasta {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/storage/prompt_store.py" line="+88"/>
        <source>The pack id {id} is reserved for Threshold&apos;s own packs. Please give the pack another id. Nothing was imported.</source>
        <translation>El identificador de paquete {id} está reservado para los paquetes propios de Threshold. Dale otro identificador al paquete, por favor. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The prompt id {id} is already used by another pack. Nothing was imported.</source>
        <translation>El identificador de pregunta {id} ya lo usa otro paquete. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A prompt can have up to 3 follow-up questions.</source>
        <translation>Una pregunta puede tener hasta 3 preguntas de seguimiento.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That prompt isn&apos;t one of yours, or it was already removed.</source>
        <translation>Esa pregunta no es una de las tuyas, o ya se quitó.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The prompt contains a NUL character. Nothing was saved.</source>
        <translation>La pregunta contiene un carácter NUL. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt is empty. Nothing was saved.</source>
        <translation>La pregunta está vacía. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt can be up to {limit} characters. Nothing was saved.</source>
        <translation>Una pregunta puede tener hasta {limit} caracteres. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up contains a NUL character. Nothing was saved.</source>
        <translation>La pregunta de seguimiento contiene un carácter NUL. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up is empty. Nothing was saved.</source>
        <translation>La pregunta de seguimiento está vacía. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up can be up to {limit} characters. Nothing was saved.</source>
        <translation>Una pregunta de seguimiento puede tener hasta {limit} caracteres. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../app/storage/reasons.py" line="-89"/>
        <source>That reason no longer exists.</source>
        <translation>Esa razón ya no existe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The list can hold up to {limit} reasons.</source>
        <translation>La lista puede tener hasta {limit} razones.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A reason needs a few words. Nothing was changed.</source>
        <translation>Una razón necesita unas pocas palabras. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason can be up to {limit} characters; longer thoughts fit well in an entry you mark to remember.</source>
        <translation>Una razón puede tener hasta {limit} caracteres; los pensamientos más largos caben bien en una entrada que marques para recordar.</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema.py" line="+386"/>
        <source>This journal was written by a newer version of Threshold. Please update Threshold to open it; the journal was left untouched.</source>
        <translation>Este diario se escribió con una versión más reciente de Threshold. Actualiza Threshold para abrirlo, por favor; el diario no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../app/storage/sql_errors.py" line="+25"/>
        <source>The journal is busy in another Threshold window or command. Nothing was changed; please try again in a moment.</source>
        <translation>El diario está ocupado en otra ventana u orden de Threshold. No se ha cambiado nada; vuelve a intentarlo dentro de un momento, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold couldn&apos;t save because the disk is full. Nothing already saved was lost. Free some space and try again.</source>
        <translation>Threshold no ha podido guardar porque el disco está lleno. No se ha perdido nada de lo que ya estaba guardado; puedes liberar algo de espacio y volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold can&apos;t write to the journal&apos;s folder (it is read-only or not yours). Nothing was changed.</source>
        <translation>Threshold no puede escribir en la carpeta del diario (es de solo lectura o no es tuya). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while Threshold was using the journal. Nothing was changed; please check the disk and try again.</source>
        <translation>El disco informó de un error mientras Threshold usaba el diario. No se ha cambiado nada; revisa el disco y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal file looks damaged, so Threshold left it untouched. A backup can bring your entries back.</source>
        <translation>El archivo del diario parece dañado, así que Threshold no lo ha tocado. Una copia de seguridad puede devolverte tus entradas.</translation>
    </message>
    <message>
        <location filename="../../app/storage/validation.py" line="+41"/>
        <source>The {what} contains a NUL character, which usually means it came from a binary file. Nothing was saved.</source>
        <translation>El campo «{what}» contiene un carácter NUL, lo que suele indicar que viene de un archivo binario. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {what} contains a broken character that can&apos;t be stored. Nothing was saved.</source>
        <translation>El campo «{what}» contiene un carácter dañado que no se puede guardar. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That text is {size} MB; one entry can hold up to {limit} MB. Nothing was saved. You could split it into several entries.</source>
        <translation>Ese texto ocupa {size} MB; una entrada puede contener hasta {limit} MB. No se ha guardado nada. Puedes dividirlo en varias entradas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mood is a number from 1 to 5, or left empty.</source>
        <translation>El estado de ánimo es un número del 1 al 5, o se deja vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy is a number from 1 to 3, or left empty.</source>
        <translation>La energía es un número del 1 al 3, o se deja vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feeling</source>
        <translation>Palabra para lo que sientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A feeling word can be up to {limit} characters.</source>
        <translation>Una palabra para lo que sientes puede tener hasta {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt id</source>
        <translation>Identificador de la pregunta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pull</source>
        <translation>Lo que te removió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What pulled at you can be up to {limit} characters.</source>
        <translation>Lo que te removió puede tener hasta {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry can hold up to {limit} pulls.</source>
        <translation>Una entrada puede recoger hasta {limit} cosas que te removieron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tag can be up to {limit} characters long.</source>
        <translation>Una etiqueta puede tener hasta {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry can have up to {limit} tags.</source>
        <translation>Una entrada puede tener hasta {limit} etiquetas.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_extras.py" line="+136"/>
        <source>it names the evidence file {id} two ways</source>
        <translation>nombra el archivo de prueba {id} de dos maneras</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a record&apos;s id</source>
        <translation>un identificador de registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amendment does not apply to it ({reason})</source>
        <translation>una corrección no se le puede aplicar ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amendment has no reason</source>
        <translation>una corrección no tiene motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its evidence files are not the ones it names</source>
        <translation>sus archivos de prueba no son los que nombra</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a record needs at least one kind</source>
        <translation>un registro necesita al menos un tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a kind</source>
        <translation>un tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a channel</source>
        <translation>un canal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an evidence file&apos;s id</source>
        <translation>un identificador de archivo de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a type of file</source>
        <translation>un tipo de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a SHA-256</source>
        <translation>un SHA-256</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/transfer/archive_links.py" line="+45"/>
        <source>it has no {key}</source>
        <translation>no tiene {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/transfer/archive_links.py" line="+5"/>
        <source>{key} is not something Threshold writes</source>
        <translation>{key} no es algo que Threshold escriba</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} is not {what} Threshold knows</source>
        <translation>{value} no es {what} que Threshold conozca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not {what} as Threshold writes it</source>
        <translation>{value} no es {what} tal como lo escribe Threshold</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/transfer/archive_format.py" line="+328"/>
        <location filename="../../app/transfer/archive_read.py" line="+415"/>
        <source>expected a list, found {value}</source>
        <translation>se esperaba una lista y hay {value}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The incident record {id} could not be kept: {reason}</source>
        <translation>No se ha podido guardar el registro {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_format.py" line="-211"/>
        <source>its manifest is not a Threshold archive&apos;s</source>
        <translation>su manifiesto no es el de un archivo de Threshold</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is archive version {version}; this Threshold reads version 1</source>
        <translation>es un archivo de la versión {version}; este Threshold lee la versión 1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>it does not open with front matter (a --- line)</source>
        <translation>no empieza con un encabezado (una línea ---)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its front matter line {line} is not &apos;key: value&apos;</source>
        <translation>la línea {line} de su encabezado no tiene la forma «clave: valor»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value of {key} is not valid ({reason})</source>
        <translation>el valor de {key} no es válido ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its front matter never closes (no second --- line)</source>
        <translation>su encabezado nunca se cierra (no hay una segunda línea ---)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the time {value} has no offset</source>
        <translation>la hora {value} no tiene desfase horario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected text, found {value}</source>
        <translation>se esperaba texto y hay {value}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a count, found {value}</source>
        <translation>se esperaba un número entero y hay {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false, found {value}</source>
        <translation>se esperaba true o false y hay {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected an object, found {value}</source>
        <translation>se esperaba un objeto y hay {value}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_links.py" line="+6"/>
        <source>it links the entry {id} to itself</source>
        <translation>enlaza la entrada {id} consigo misma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>link {number}: {reason}</source>
        <translation>enlace {number}: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A link in {name} names an entry that is in neither the archive nor this journal ({earlier} to {later}), so the archive isn&apos;t whole.</source>
        <translation>Un enlace de {name} nombra una entrada que no está ni en el archivo ni en este diario ({earlier} a {later}), así que el archivo no está completo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A link in {name} between {earlier} and {later} could not be kept: {reason}</source>
        <translation>No se ha podido guardar un enlace de {name} entre {earlier} y {later}: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not an entry&apos;s id as Threshold writes it</source>
        <translation>{value} no es un identificador de entrada tal como lo escribe Threshold</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_read.py" line="-328"/>
        <source>{name} holds {count} entries but its manifest says {said}; it may be damaged.</source>
        <translation>{name} contiene {count} entradas, pero su manifiesto indica {said}; puede que esté dañado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>one id</source>
        <translation>el mismo identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same imported entry</source>
        <translation>la misma entrada importada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entries {first} and {second} in {archive} both name {what}; the archive may have been changed by hand.</source>
        <translation>Las entradas {first} y {second} de {archive} nombran ambas {what}; puede que alguien haya cambiado el archivo a mano.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} has no {manifest}; it is not a Threshold archive.</source>
        <translation>{name} no tiene {manifest}; no es un archivo de Threshold.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} está protegido con una contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/transfer/local_files.py" line="+122"/>
        <source>{name} can&apos;t be read: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} in {archive} is not valid JSON ({reason}).</source>
        <translation>{name} en {archive} no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+20"/>
        <source>{name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>No se puede leer {name} en {archive}: {reason}.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The reasons, contacts or prompts in {name} can&apos;t be read: {reason}.</source>
        <translation>No se pueden leer los motivos, los contactos o las preguntas de {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} holds {found}, but its manifest says {said}; it may be damaged.</source>
        <translation>{name} contiene {found}, pero su manifiesto indica {said}; puede que esté dañado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{records} incident record with {files} evidence file</source>
        <translation>{records} registro con {files} archivo de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} incident record with {files} evidence files</source>
        <translation>{records} registro con {files} archivos de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} incident records with {files} evidence file</source>
        <translation>{records} registros con {files} archivo de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{records} incident records with {files} evidence files</source>
        <translation>{records} registros con {files} archivos de prueba</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record {number} of {name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>No se puede leer el registro {number} de {name} en {archive}: {reason}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its evidence file {name} is not in the archive</source>
        <translation>su archivo de prueba {name} no está en el archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its record</source>
        <translation>su registro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Two incident records or evidence files in {archive} have the id {id}; the archive may have been changed by hand.</source>
        <translation>Dos registros o archivos de prueba de {archive} tienen el identificador {id}; puede que alguien haya cambiado el archivo a mano.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The entry {name} in {archive} can&apos;t be read: {reason}.</source>
        <translation>No se puede leer la entrada {name} en {archive}: {reason}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>its attachment {name} is not in the archive</source>
        <translation>su adjunto {name} no está en el archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its entry</source>
        <translation>su entrada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} in {archive} is damaged: its SHA-256 is not the one {lister} lists.</source>
        <translation>{name} en {archive} está dañado: su SHA-256 no es el que indica {lister}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not an id Threshold writes</source>
        <translation>{value} no es un identificador que escriba Threshold</translation>
    </message>
    <message>
        <location filename="../../app/transfer/archive_write.py" line="+68"/>
        <source>The archive couldn&apos;t be written: the file read back does not list everything. Nothing was kept; your journal is as it was.</source>
        <translation>No se ha podido escribir el archivo: el archivo leído de nuevo no lo contiene todo. No se ha guardado nada; tu diario está como estaba.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone.py" line="+80"/>
        <source>{name} holds no Day One journal (a .json file at its top).</source>
        <translation>{name} no contiene ningún diario de Day One (un archivo .json en su nivel superior).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>a Day One journal</source>
        <translation>un diario de Day One</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a Day One journal: it has no list of entries.</source>
        <translation>{name} no es un diario de Day One: no tiene una lista de entradas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/transfer/jrnl.py" line="+122"/>
        <source>Entry {number} of {name}</source>
        <translation>La entrada {number} de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not an entry (a JSON object).</source>
        <translation>{where} no es una entrada (un objeto JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has no uuid.</source>
        <translation>{where} no tiene uuid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} has no creationDate.</source>
        <translation>{where} no tiene creationDate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Day One entry of {day} in {name}</source>
        <translation>la entrada de Day One del {day} en {name}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where} has a {key} that is not a date.</source>
        <translation>{where} tiene un {key} que no es una fecha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} has a {key} Threshold cannot read ({value}).</source>
        <translation>{where} tiene un {key} que Threshold no puede leer ({value}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has a creationDate at the very edge of the calendar.</source>
        <translation>{where} tiene una creationDate en el límite mismo del calendario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where} has a text that is not text.</source>
        <translation>{where} tiene un texto que no es texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no text, and rich text Threshold cannot read.</source>
        <translation>{where} no tiene texto, y Threshold no puede leer su texto enriquecido.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../app/transfer/jrnl.py" line="+9"/>
        <source>{where} has tags that are not a list of words.</source>
        <translation>{where} tiene etiquetas que no son una lista de palabras.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone_media.py" line="+58"/>
        <source>{where} has a {key} list Threshold cannot read.</source>
        <translation>{where} tiene una lista {key} que Threshold no puede leer.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{name} is not in {archive}, though {where} shows it.</source>
        <translation>{name} no está en {archive}, aunque {where} lo muestra.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/importing.py" line="+115"/>
        <source>The entry of {day}</source>
        <translation>la entrada del {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” in the entry of {day}</source>
        <translation>«{name}», de la entrada del {day}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} could not be kept: {reason}</source>
        <translation>No se ha podido guardar {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/jrnl.py" line="-57"/>
        <source>a jrnl journal</source>
        <translation>un diario de jrnl</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>jrnl&apos;s export</source>
        <translation>la exportación de jrnl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is JSON, but not jrnl&apos;s export: it has no list of entries.</source>
        <translation>{name} es JSON, pero no la exportación de jrnl: no tiene una lista de entradas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} is not an entry (a set of fields).</source>
        <translation>{where} no es una entrada (un conjunto de campos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has no title or body as text.</source>
        <translation>{where} no tiene título ni cuerpo en forma de texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} says neither true nor false for starred.</source>
        <translation>{where} no indica ni true ni false en starred.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no date as YYYY-MM-DD ({value}).</source>
        <translation>{where} no tiene una fecha con el formato AAAA-MM-DD ({value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has no time as HH:MM ({value}).</source>
        <translation>{where} no tiene una hora con el formato HH:MM ({value}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} has a date or time that is none: {moment}.</source>
        <translation>{where} tiene una fecha u hora que no existe: {moment}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} has no jrnl entry in it (a line opening with [YYYY-MM-DD HH:MM]).</source>
        <translation>{name} no contiene ninguna entrada de jrnl (una línea que empiece por [YYYY-MM-DD HH:MM]).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has text before its first entry (line {line}) that jrnl never writes.</source>
        <translation>{name} tiene texto antes de su primera entrada (línea {line}) que jrnl nunca escribe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line {line} of {name}</source>
        <translation>La línea {line} de {name}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/local_files.py" line="-80"/>
        <source>{name} is {size} MB; Threshold imports {what} of up to {limit} MB.</source>
        <translation>{name} ocupa {size} MB; Threshold importa {what} de hasta {limit} MB.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} could not be read.</source>
        <translation>No se ha podido leer {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} could not be read as an ordinary file.</source>
        <translation>No se ha podido leer {name} como un archivo normal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} holds a NUL character, so it seems not to be text.</source>
        <translation>{name} contiene un carácter NUL, así que parece que no es texto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{name} no es JSON válido (línea {line}, columna {column}: {reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is nested too deeply to be {what}.</source>
        <translation>{name} está anidado a demasiada profundidad para ser {what}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it is nested too deeply to read</source>
        <translation>está anidado a demasiada profundidad para leerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds a number of more than {count} digits, too long to read</source>
        <translation>contiene un número de más de {count} cifras, demasiado largo para leerlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds a broken character (an escape such as \ud800 that stands for no letter)</source>
        <translation>contiene un carácter roto (un escape como \ud800 que no representa ninguna letra)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is not UTF-8 text (byte {byte} is not); save it as UTF-8 and import it again.</source>
        <translation>{name} no es texto UTF-8 (el byte {byte} no lo es); puedes guardarlo como UTF-8 y volver a importarlo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} entries have tags too long or too many (over {most}) to keep as tags; those stay in the text only.</source>
        <translation>{count} entradas tienen etiquetas demasiado largas o demasiadas (más de {most}) para guardarlas como etiquetas; esas etiquetas se quedan solo en el texto.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/markdown_folder.py" line="+96"/>
        <source>{name} holds no Markdown notes (.md or .markdown files).</source>
        <translation>{name} no contiene notas de Markdown (archivos .md o .markdown).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder {name} could not be read.</source>
        <translation>No se ha podido leer la carpeta {name}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder holds more than {count} notes or {size} MB of them; import its folders one at a time.</source>
        <translation>La carpeta contiene más de {count} notas o {size} MB de notas; puedes importar sus carpetas de una en una.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Links to other notes or folders skipped (no link is followed): {count}.</source>
        <translation>Enlaces a otras notas o carpetas que se han omitido (no se sigue ningún enlace): {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures the notes show that are not in the folder: {count}; their references stay as written.</source>
        <translation>Imágenes que muestran las notas y que no están en la carpeta: {count}; sus referencias se quedan tal como están escritas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pictures outside the folder or behind a link, not attached: {count}; their references stay as written.</source>
        <translation>Imágenes fuera de la carpeta o detrás de un enlace, que no se adjuntan: {count}; sus referencias se quedan tal como están escritas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes whose front matter date could not be read: {count}; the date in the file&apos;s name, or the file&apos;s time, is used.</source>
        <translation>Notas cuya fecha del encabezado no se pudo leer: {count}; se usa la fecha del nombre del archivo o la hora del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes whose front matter holds more than a title, date, tags and star, or is not YAML names and values: {count}; it stays at the top of their text, as written.</source>
        <translation>Notas cuyo encabezado contiene algo más que título, fecha, etiquetas y estrella, o no está en forma de nombres y valores YAML: {count}; se queda al principio de su texto, tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/problems.py" line="+10"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>{problem} {nothing}</source>
        <translation>{problem} {nothing}</translation>
    </message>
    <message>
        <location filename="../../app/transfer/sources.py" line="+88"/>
        <source>There is nothing at {path}.</source>
        <translation>No hay nada en {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a format Threshold can import (a Day One export, jrnl&apos;s JSON or text journal, a folder of Markdown notes, or a Threshold archive).</source>
        <translation>{name} no está en un formato que Threshold pueda importar (una exportación de Day One, el JSON o el diario de texto de jrnl, una carpeta de notas en Markdown o un archivo de Threshold).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} looks like {seen}, not {kind}.</source>
        <translation>{name} parece {seen}, no {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/zipsafe.py" line="+91"/>
        <source>{archive} has no file called {name}.</source>
        <translation>{archive} no tiene ningún archivo llamado {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} in {archive} is {size}, too large to import.</source>
        <translation>{name} en {archive} ocupa {size}, demasiado para importarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} inflates far beyond its size (a zip bomb).</source>
        <translation>{name} en {archive} se descomprime muy por encima de su tamaño (una bomba zip).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} in {archive} inflates to more than its header says (a zip bomb, or a damaged file).</source>
        <translation>{name} en {archive} se descomprime por encima de lo que indica su cabecera (una bomba zip, o un archivo dañado).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{archive} inflates to more than {size}.</source>
        <translation>{archive} se descomprime por encima de {size}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} is damaged ({reason}).</source>
        <translation>{name} en {archive} está dañado ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in {archive} needs the right password.</source>
        <translation>{name} en {archive} necesita la contraseña correcta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{archive} holds {count} files, more than an export has.</source>
        <translation>{archive} contiene {count} archivos, más de los que tiene una exportación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{archive} holds two files that both read as {name}, so which one to import is unclear.</source>
        <translation>{archive} contiene dos archivos que se leen como {name}, así que no está claro cuál importar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file {name} in the zip is a link to somewhere else.</source>
        <translation>El archivo {name} del zip es un enlace a otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zip names a file {name} with an absolute or unsafe path.</source>
        <translation>El zip nombra un archivo {name} con una ruta absoluta o no segura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip names a file {name} that climbs out of its folder.</source>
        <translation>El zip nombra un archivo {name} que sale de su carpeta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a zip file.</source>
        <translation>{path} es una carpeta, no un archivo zip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a zip file, or it is damaged.</source>
        <translation>{name} no es un archivo zip, o está dañado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+42"/>
        <source>d MMMM</source>
        <extracomment>A Qt date format for a day and its month, no year: d = day, MMMM = month name.</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/patterns/words.py" line="-80"/>
        <location filename="../../app/ui/translation.py" line="-1"/>
        <source>d MMMM yyyy</source>
        <extracomment>A Qt date format: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/timeline_delegate.py" line="+289"/>
        <source>ddd d</source>
        <extracomment>A Qt date format for a short weekday and the day of the month: ddd = &quot;Tue&quot;, d = 12.</extracomment>
        <translation>ddd d</translation>
    </message>
    <message>
        <location filename="../../app/vault/keystore.py" line="+34"/>
        <source>it is locked and could not be unlocked</source>
        <translation>está bloqueado y no se ha podido desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the only keyring found keeps secrets in a plain file</source>
        <translation>el único llavero que se ha encontrado guarda los secretos en un archivo sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer within {seconds} seconds</source>
        <translation>no ha respondido en {seconds} segundos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the stored secret is not one Threshold wrote</source>
        <translation>el secreto guardado no es uno que haya escrito Threshold</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it did not keep the secret it was given</source>
        <translation>no ha guardado el secreto que se le dio</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>no keyring service is running on this computer</source>
        <translation>no hay ningún servicio de llavero funcionando en este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be started</source>
        <translation>no se ha podido iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it refused the request</source>
        <translation>ha rechazado la petición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it failed unexpectedly ({kind})</source>
        <translation>ha fallado de forma inesperada ({kind})</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_key.py" line="+50"/>
        <source>A recovery key has {groups} groups of {width} characters; this one has {count} characters. Please check it and try again.</source>
        <translation>Una clave de recuperación tiene {groups} grupos de {width} caracteres; esta tiene {count} caracteres. Revísala y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A recovery key never contains {characters}. Please check it and try again.</source>
        <translation>Una clave de recuperación nunca contiene {characters}. Revísala y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group {number} of the recovery key looks mistyped. Please check that group and try again.</source>
        <translation>Parece que el grupo {number} de la clave de recuperación tiene un error de escritura. Revisa ese grupo y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/vault/rotation.py" line="+89"/>
        <source>Changing the journal key needs your recovery key (or a new one).</source>
        <translation>Para cambiar la clave del diario hace falta tu clave de recuperación (o una nueva).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the journal key needs your passphrase.</source>
        <translation>Para cambiar la clave del diario hace falta tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the journal key needs the system keyring.</source>
        <translation>Para cambiar la clave del diario hace falta el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/vault/slot_secret.py" line="+96"/>
        <source>That passphrase doesn&apos;t open this journal. Please try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery key doesn&apos;t open this journal. Please check it and try again.</source>
        <translation>Esa clave de recuperación no abre este diario. Revísala y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring&apos;s secret doesn&apos;t open this journal. Your recovery key still does.</source>
        <translation>El secreto del llavero no abre este diario. Tu clave de recuperación sí lo abre.</translation>
    </message>
    <message>
        <location filename="../../app/vault/slots.py" line="+62"/>
        <source>This journal&apos;s key file is damaged, so it was left untouched. A backup of the journal folder can bring it back.</source>
        <translation>El archivo de clave de este diario está dañado, así que no se ha tocado. Una copia de seguridad de la carpeta del diario puede recuperarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This journal&apos;s key file ({name}) is not a file Threshold wrote (it is a folder or a special file), so nothing was opened or changed. A backup of the journal folder can bring the right one back.</source>
        <translation>El archivo de clave de este diario ({name}) no es un archivo que haya escrito Threshold (es una carpeta o un archivo especial), así que no se ha abierto ni cambiado nada. Una copia de seguridad de la carpeta del diario puede recuperar el correcto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold isn&apos;t allowed to read this journal&apos;s key file ({path}). This can happen after running Threshold with sudo, which leaves files owned by another user. Nothing was changed. Giving the file back to your user (for example with `sudo chown $USER {path}`) lets it open again.</source>
        <translation>Threshold no tiene permiso para leer el archivo de clave de este diario ({path}). Esto puede pasar después de ejecutar Threshold con sudo, que deja archivos que pertenecen a otro usuario. No se ha cambiado nada. Si devuelves el archivo a tu usuario (por ejemplo con `sudo chown $USER {path}`), el diario se podrá abrir de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal was set up by a newer version of Threshold. Please update Threshold to open it; the journal was left untouched.</source>
        <translation>Este diario se configuró con una versión más reciente de Threshold. Actualiza Threshold para abrirlo, por favor; el diario no se ha tocado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Threshold window or command is changing how this journal opens just now. Nothing was changed; please try again in a moment.</source>
        <translation>Otra ventana u orden de Threshold está cambiando ahora mismo cómo se abre este diario. No se ha cambiado nada; vuelve a intentarlo dentro de un momento, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a disk error</source>
        <translation>un error del disco</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This journal&apos;s key file is missing.</source>
        <translation>Falta el archivo de clave de este diario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal&apos;s key file couldn&apos;t be read ({reason}), so nothing was opened or changed. A backup of the journal folder can bring it back.</source>
        <translation>No se ha podido leer el archivo de clave de este diario ({reason}), así que no se ha abierto ni cambiado nada. Una copia de seguridad de la carpeta del diario puede recuperarlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The journal&apos;s key file couldn&apos;t be changed because the disk is full. Nothing was changed: every way in still opens it. Free some space and try again.</source>
        <translation>No se ha podido cambiar el archivo de clave del diario porque el disco está lleno. No se ha cambiado nada: todas tus formas de entrar siguen abriéndolo. Puedes liberar algo de espacio y volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal&apos;s key file couldn&apos;t be changed ({reason}). Nothing was changed: every way in still opens it.</source>
        <translation>No se ha podido cambiar el archivo de clave del diario ({reason}). No se ha cambiado nada: todas tus formas de entrar siguen abriéndolo.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="+55"/>
        <source>The key file now belongs to a different journal (was a backup restored meanwhile?), so nothing was changed. Please close Threshold and open it again.</source>
        <translation>El archivo de clave pertenece ahora a otro diario (¿se restauró una copia de seguridad mientras tanto?), así que no se ha cambiado nada. Cierra Threshold y vuelve a abrirlo, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Threshold window or command made a new recovery key meanwhile, so this one was not kept. The recovery key shown last is the one that works.</source>
        <translation>Otra ventana u orden de Threshold creó mientras tanto una clave de recuperación nueva, así que esta no se ha guardado. La última clave de recuperación que se mostró es la que funciona.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>it no longer holds this journal&apos;s secret</source>
        <translation>ya no guarda el secreto de este diario</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>This journal doesn&apos;t open with the computer login; it needs its passphrase or recovery key.</source>
        <translation>Este diario no se abre con el inicio de sesión del equipo; necesita su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal has no passphrase.</source>
        <translation>Este diario no tiene frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal has no recovery key.</source>
        <translation>Este diario no tiene clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../app/transfer/dayone_notes.py" line="+25"/>
        <source>{count} video from Day One was not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} vídeo de Day One no se ha importado (Threshold guarda imágenes y PDF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} videos from Day One were not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} vídeos de Day One no se han importado (Threshold guarda imágenes y PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sound recording from Day One was not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} grabación de sonido de Day One no se ha importado (Threshold guarda imágenes y PDF).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} sound recordings from Day One were not imported (Threshold keeps pictures and PDFs).</source>
        <translation>{count} grabaciones de sonido de Day One no se han importado (Threshold guarda imágenes y PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} picture or document was not in Day One&apos;s export, so not imported.</source>
        <translation>{count} imagen o documento no estaba en la exportación de Day One, así que no se ha importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents were not in Day One&apos;s export, so not imported.</source>
        <translation>{count} imágenes y documentos no estaban en la exportación de Day One, así que no se han importado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} picture or document was not in this JSON file (Day One&apos;s zip export holds them).</source>
        <translation>{count} imagen o documento no estaba en este archivo JSON (la exportación zip de Day One los contiene).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} pictures and documents were not in this JSON file (Day One&apos;s zip export holds them).</source>
        <translation>{count} imágenes y documentos no estaban en este archivo JSON (la exportación zip de Day One los contiene).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} file over 100 MB was not imported.</source>
        <translation>{count} archivo de más de 100 MB no se ha importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} files over 100 MB were not imported.</source>
        <translation>{count} archivos de más de 100 MB no se han importado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry had no time zone Threshold knows: the date is read in UTC.</source>
        <translation>{count} entrada no tenía una zona horaria que Threshold conozca: su fecha se lee en UTC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries had no time zone Threshold knows: the date is read in UTC.</source>
        <translation>{count} entradas no tenían una zona horaria que Threshold conozca: su fecha se lee en UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} entry&apos;s place and weather was left out (kept only when you choose to keep them).</source>
        <translation>Se han dejado fuera el lugar y el tiempo de {count} entrada (solo se guardan si eliges guardarlos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} entries&apos; places and weather were left out (kept only when you choose to keep them).</source>
        <translation>Se han dejado fuera los lugares y el tiempo de {count} entradas (solo se guardan si eliges guardarlos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} tag longer than 64 characters was shortened.</source>
        <translation>Se ha acortado {count} etiqueta de más de 64 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tags longer than 64 characters were shortened.</source>
        <translation>Se han acortado {count} etiquetas de más de 64 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entry had more than 50 tags: the first 50 are kept.</source>
        <translation>{count} entrada tenía más de 50 etiquetas: se guardan las 50 primeras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries had more than 50 tags: the first 50 are kept.</source>
        <translation>{count} entradas tenían más de 50 etiquetas: se guardan las 50 primeras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} photo in {type} from Day One was not imported (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures).</source>
        <translation>{count} foto en {type} de Day One no se ha importado (Threshold guarda imágenes JPEG, PNG, GIF, WebP y BMP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} photos in {type} from Day One were not imported (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures).</source>
        <translation>{count} fotos en {type} de Day One no se han importado (Threshold guarda imágenes JPEG, PNG, GIF, WebP y BMP).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(A video from Day One was not imported: Threshold keeps pictures and PDFs.)</source>
        <translation>(Un vídeo de Day One no se importó: Threshold guarda imágenes y PDF.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A sound recording from Day One was not imported: Threshold keeps pictures and PDFs.)</source>
        <translation>(Una grabación de sonido de Day One no se importó: Threshold guarda imágenes y PDF.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A {type} photo from Day One was not imported: Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures.)</source>
        <translation>(Una foto {type} de Day One no se importó: Threshold guarda imágenes JPEG, PNG, GIF, WebP y BMP.)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(A photo from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Una foto de Day One no se importó: la exportación de Day One no la incluía.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A photo from Day One was not imported: it is in Day One&apos;s zip export, not in this JSON file.)</source>
        <translation>(Una foto de Day One no se importó: está en la exportación zip de Day One, no en este archivo JSON.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A photo from Day One was not imported: it is larger than 100 MB.)</source>
        <translation>(Una foto de Day One no se importó: ocupa más de 100 MB.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A PDF from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Un PDF de Day One no se importó: la exportación de Day One no lo incluía.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A PDF from Day One was not imported: it is in Day One&apos;s zip export, not in this JSON file.)</source>
        <translation>(Un PDF de Day One no se importó: está en la exportación zip de Day One, no en este archivo JSON.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A PDF from Day One was not imported: it is larger than 100 MB.)</source>
        <translation>(Un PDF de Day One no se importó: ocupa más de 100 MB.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A {what} from Day One was not imported: Day One&apos;s export did not include it.)</source>
        <translation>(Un elemento de Day One ({what}) no se importó: la exportación de Day One no lo incluía.)</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_chain.py" line="+81"/>
        <source>record {ref} {reason}</source>
        <translation>el registro {ref} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amendment of record {ref} {reason}</source>
        <translation>una corrección del registro {ref} {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link {seq}, record {ref} (written {at}): {reason}</source>
        <translation>eslabón {seq}, registro {ref} (escrito el {at}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link {seq}, an amendment of record {ref} (written {at}): {reason}</source>
        <translation>eslabón {seq}, una corrección del registro {ref} (escrito el {at}): {reason}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>a link before this one is missing</source>
        <translation>falta un eslabón anterior a este</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this link was changed after it was written</source>
        <translation>este eslabón se cambió después de escribirse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a record said to be deleted is still there</source>
        <translation>un registro que figura como eliminado sigue ahí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what this link seals is gone, with no removal recorded</source>
        <translation>lo que este eslabón sella ya no está, y no consta ninguna eliminación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what this link seals was changed after it was sealed</source>
        <translation>lo que este eslabón sella se cambió después de sellarse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was added behind the app&apos;s back: no link seals it</source>
        <translation>se añadió sin pasar por la aplicación: ningún eslabón sella ese cambio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>was moved out of the trash behind the app&apos;s back</source>
        <translation>se sacó de la papelera sin pasar por la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was moved into the trash behind the app&apos;s back</source>
        <translation>se movió a la papelera sin pasar por la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/storage/incident_reading.py" line="+126"/>
        <source>has an evidence file that was changed or lost</source>
        <translation>tiene un archivo de prueba que se cambió o se perdió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an evidence file no link seals</source>
        <translation>tiene un archivo de prueba que ningún eslabón sella</translation>
    </message>
    <message>
        <location filename="../../app/export/render.py" line="+28"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/export/summary_html.py" line="+15"/>
        <source>In the PDF, the weeks and the words counted are also drawn as charts.</source>
        <translation>En el PDF, las semanas y las palabras contadas también se dibujan como gráficos.</translation>
    </message>
    <message>
        <location filename="../../app/sync/change_file.py" line="+33"/>
        <source>A file in the sync folder ({name}) doesn&apos;t open with this journal&apos;s key: it was cut short, changed, or written by another journal. It was skipped; nothing changed.</source>
        <translation>Un archivo de la carpeta de sincronización ({name}) no se abre con la clave de este diario: se cortó, se cambió o lo escribió otro diario. Se omitió; no cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file in the sync folder ({name}) holds another file&apos;s changes than its name says. It was skipped; nothing changed.</source>
        <translation>Un archivo de la carpeta de sincronización ({name}) contiene cambios distintos de los que indica su nombre. Se omitió; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="+163"/>
        <source>About Threshold</source>
        <translation>Acerca de Threshold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private journal for the time around leaving. Your words stay on this computer, encrypted; only you can open them.</source>
        <translation>Un diario privado para el tiempo de antes y después de irte. Tus palabras se quedan en este equipo, cifradas; solo tú puedes abrirlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold never uses the network: no accounts, no telemetry, no update checks.</source>
        <translation>Threshold nunca usa la red: sin cuentas, sin telemetría, sin búsqueda de actualizaciones.</translation>
    </message>
</context>
<context>
    <name>AccessHistorySettings</name>
    <message>
        <location filename="../../app/ui/settings/access_tab.py" line="+35"/>
        <location line="+8"/>
        <source>Who opened your journal</source>
        <translation>Quién abrió tu diario</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Each time your journal is opened, and each time a passphrase or recovery key does not open it, Threshold notes when, and which way was tried. The note is sealed: only your open journal can read it.</source>
        <translation>Cada vez que se abre tu diario, y cada vez que una frase de contraseña o una clave de recuperación no consigue abrirlo, Threshold anota cuándo y de qué forma se intentó. La nota está sellada: solo tu diario abierto puede leerla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing has been noted yet.</source>
        <translation>Todavía no se ha anotado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history could not be read just now.</source>
        <translation>No se ha podido leer el historial en este momento.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) could not be read: changed by someone&apos;s hand, or sealed to a key this journal no longer has (after its key file was restored).</source>
        <translation>
            <numerusform>No se ha podido leer %n línea: alguien la cambió a mano, o se selló con una clave que este diario ya no tiene (tras restaurar su archivo de clave).</numerusform>
            <numerusform>No se han podido leer %n líneas: alguien las cambió a mano, o se sellaron con una clave que este diario ya no tiene (tras restaurar su archivo de clave).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this shows: attempts made through Threshold, in this window or from its command line. What it cannot show: someone who copies the journal&apos;s files and tries them elsewhere, or who deletes this history; a history that was there and is gone is itself a sign.</source>
        <translation>Lo que esto muestra: los intentos hechos a través de Threshold, en esta ventana o desde su línea de comandos. Lo que no puede mostrar: a alguien que copie los archivos del diario y los pruebe en otro lugar, o que borre este historial; un historial que existía y ha desaparecido ya es en sí una señal.</translation>
    </message>
</context>
<context>
    <name>AccessNotice</name>
    <message>
        <location filename="../../app/ui/settings/access_notice.py" line="+69"/>
        <source>Since you last opened your journal</source>
        <translation>Desde la última vez que abriste tu diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal stayed locked. You can see every opening and every attempt in Settings, under Who opened it.</source>
        <translation>Tu diario siguió bloqueado. Puedes ver cada apertura y cada intento en Ajustes, en el apartado «Quién lo abrió».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;See the history</source>
        <translation>&amp;Ver el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who opened your journal</source>
        <translation>Ver quién abrió tu diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AfterPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="+136"/>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if you want to. Nothing here is a test.</source>
        <translation>Solo si quieres. Nada de esto es un examen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you decide?</source>
        <translation>¿Qué decidiste?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do you feel now?</source>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I didn&apos;t reach out</source>
        <translation>No me puse en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I reached out</source>
        <translation>Me puse en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m not sure yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
</context>
<context>
    <name>AttachFlow</name>
    <message>
        <location filename="../../app/ui/journal/attaching.py" line="+154"/>
        <source>Attach pictures or PDFs</source>
        <translation>Adjuntar imágenes o PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</source>
        <translation>Imágenes y PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>Attaching</name>
    <message>
        <location filename="../../app/ui/journal/attach_work.py" line="+63"/>
        <source>Pasted picture {stamp}.png</source>
        <translation>Imagen pegada {stamp}.png</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Threshold can&apos;t show the picture in “{name}”, so it wasn&apos;t attached.</source>
        <translation>Threshold no puede mostrar la imagen de «{name}», así que no se ha adjuntado.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../app/ui/journal/attachment_strip.py" line="+87"/>
        <source>Picture: {name}</source>
        <translation>Imagen: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document: {name}, {size}</source>
        <translation>Documento PDF: {name}, {size}</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location line="+112"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/journal/attachment_viewer.py" line="+75"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the original</source>
        <translation>Guardar una copia del original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous attachment</source>
        <translation>Adjunto anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attachment</source>
        <translation>Adjunto siguiente</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Threshold keeps this document as it arrived. You can save a copy of the original and open it in another program.</source>
        <translation>Threshold conserva este documento tal como llegó. Puedes guardar una copia del original y abrirla con otro programa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to the window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the viewer</source>
        <translation>Cerrar el visor</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{kind}, {size}
SHA-256: {digest}</source>
        <translation>{kind}, {size}
SHA-256: {digest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the picture…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Threshold can&apos;t show this picture.</source>
        <translation>Threshold no puede mostrar esta imagen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save a copy of the original ({kind}, {size}, byte for byte)</source>
        <translation>Guardar una copia del original ({kind}, {size}, byte a byte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a copy of the original…</source>
        <translation>Guardando una copia del original…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold couldn&apos;t save the copy there: {reason}.</source>
        <translation>Threshold no pudo guardar la copia ahí: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a copy of the original, byte for byte. The journal keeps its own.</source>
        <translation>Se guardó una copia del original, byte a byte. El diario conserva la suya.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../app/ui/autosave.py" line="+86"/>
        <source>Your words are still here; Threshold keeps trying to save them.</source>
        <translation>Tus palabras siguen aquí; Threshold continúa intentando guardarlas.</translation>
    </message>
</context>
<context>
    <name>CheckinFlow</name>
    <message>
        <location filename="../../app/ui/checkin/flow.py" line="+76"/>
        <source>Evening check-in</source>
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+169"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+172"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>N&amp;ot now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write with&amp;out a prompt</source>
        <translation>Escribir &amp;sin pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write about this</source>
        <translation>Esc&amp;ribir sobre esto</translation>
    </message>
</context>
<context>
    <name>CheckinSettings</name>
    <message>
        <location filename="../../app/ui/settings/checkin_tab.py" line="+54"/>
        <location line="+7"/>
        <source>Where you are</source>
        <translation>En qué momento estás</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Prompts that fit where you are come first. This stays inside your encrypted journal.</source>
        <translation>Las preguntas que encajan con tu momento aparecen primero. Esto se queda dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&apos;d rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evening check-in</source>
        <translation>El repaso de la noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the check-in when I open Threshold in the evening</source>
        <translation>Ofrecer el repaso cuando abra Threshold por la noche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts…</source>
        <translation>Preguntas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage prompts</source>
        <translation>Gestionar las preguntas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind me in the evening while Threshold is open</source>
        <translation>Recordármelo por la noche mientras Threshold esté abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder words</source>
        <translation>Texto del recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reminder shows only these words, never anything from your journal. Choose words that would mean nothing to someone else.</source>
        <translation>El recordatorio solo muestra estas palabras, nunca nada de tu diario. Elige palabras que no signifiquen nada para otra persona.</translation>
    </message>
</context>
<context>
    <name>ChoiceStep</name>
    <message>
        <location filename="../../app/ui/setup/choice.py" line="+41"/>
        <source>How would you like to open your journal?</source>
        <translation>¿Cómo te gustaría abrir tu diario?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With my computer &amp;login</source>
        <translation>Con el &amp;inicio de sesión de mi equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keyring keeps the key, so the journal opens when you log in. Convenient, but anyone who can use your login can open it too.</source>
        <translation>El llavero del sistema guarda la clave, así que el diario se abre cuando inicias sesión. Es cómodo, pero cualquiera que pueda usar tu sesión también puede abrirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a &amp;passphrase</source>
        <translation>Con una &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended if you share this computer or someone knows your login. You type it each time you open Threshold.</source>
        <translation>Recomendado si compartes este equipo o alguien sabe tu contraseña de inicio de sesión. La escribes cada vez que abres Threshold.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate my journal</source>
        <translation>&amp;Crear mi diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing was created. A passphrase works without the system keyring, so you can choose one here.</source>
        <translation>No se ha creado nada. Una frase de contraseña funciona sin el llavero del sistema, así que puedes elegir una aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was created, so you can try again.</source>
        <translation>No se ha creado nada, así que puedes volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>La frase de contraseña de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase</source>
        <translation>F&amp;rase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same p&amp;assphrase again</source>
        <translation>La misma frase de contraseña de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At least {count} characters. A few unrelated words are long and easy to remember.</source>
        <translation>Al menos {count} caracteres. Unas cuantas palabras sin relación entre sí dan una frase larga y fácil de recordar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That works. A few more characters would make it harder to guess.</source>
        <translation>Así vale. Con unos pocos caracteres más sería más difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A good length.</source>
        <translation>Una buena longitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong length.</source>
        <translation>Una longitud muy segura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Una frase de contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type it once more below, so a typo can&apos;t lock you out.</source>
        <translation>Escríbela una vez más aquí debajo, por favor, para que una errata no te deje fuera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases aren&apos;t the same yet. Please type the second again.</source>
        <translation>Las dos frases de contraseña todavía no coinciden. Vuelve a escribir la segunda, por favor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose one of the two ways first: your computer login, or a passphrase.</source>
        <translation>Primero elige una de las dos formas, por favor: el inicio de sesión de tu equipo o una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+24"/>
        <source>Bring in entries from elsewhere</source>
        <translation>Traer entradas de otro sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold can import a Day One export (a .zip file), a jrnl journal (JSON or text), a folder of Markdown notes, or a Threshold archive. Nothing is added until you have seen what would come in and chosen Import.</source>
        <translation>Threshold puede importar una exportación de Day One (un archivo .zip), un diario de jrnl (JSON o texto), una carpeta de notas en Markdown o un archivo de Threshold. No se añade nada hasta que hayas visto lo que entraría y elijas Importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a &amp;File…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a F&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &amp;password</source>
        <translation>Con&amp;traseña del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive password</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read It</source>
        <translation>&amp;Leerlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the archive</source>
        <translation>Leer el archivo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="+201"/>
        <source>&amp;Remember this entry</source>
        <translation>Marcar esta entrada para &amp;recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember this entry</source>
        <translation>Marcar esta entrada para recordar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries you mark are easy to find again on a day you need your reasons.</source>
        <translation>Las entradas que marcas son fáciles de volver a encontrar el día que necesites tus razones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../app/ui/setup/recovery.py" line="+176"/>
        <source>One last check</source>
        <translation>Una última comprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group of the recovery key</source>
        <translation>Grupo de la clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the key</source>
        <translation>&amp;Volver a la clave</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To be sure the key is safely kept, please type group {number} of {total} here. Groups are counted from the left, starting at 1.</source>
        <translation>Para asegurarte de que la clave está bien guardada, escribe aquí el grupo {number} de {total}. Los grupos se cuentan desde la izquierda, empezando por el 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Group {number}</source>
        <translation>&amp;Grupo {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That doesn&apos;t match group {number}. You can look at the key again, then try once more.</source>
        <translation>Eso no coincide con el grupo {number}. Puedes mirar la clave otra vez y volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/doubt/contact_form.py" line="+80"/>
        <source>Edit a contact</source>
        <translation>Editar un contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was said, in brief</source>
        <translation>Qué se dijo, en pocas palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few words</source>
        <translation>Unas pocas palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I felt</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whatever was there</source>
        <translation>Lo que sentiste, sea lo que sea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered, waited, didn&apos;t reply: all of it counts</source>
        <translation>Respondí, esperé, no contesté: todo cuenta</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{reason} Your words are still here.</source>
        <translation>{reason} Tus palabras siguen aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When they reached out</source>
        <translation>Cuándo se pusieron en contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How they reached out</source>
        <translation>Cómo se pusieron en contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to an entry</source>
        <translation>Enlazar con una entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry</source>
        <translation>Ninguna entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry you have open: {entry}</source>
        <translation>La entrada que tienes abierta: {entry}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: a few words, kept with the change</source>
        <translation>Opcional: unas pocas palabras, que se guardan con el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the change</source>
        <translation>Por qué lo cambias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why it wasn&apos;t saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they reached out</source>
        <translation>Có&amp;mo se pusieron en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;said, in brief</source>
        <translation>Qué se &amp;dijo, en pocas palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I &amp;felt</source>
        <translation>Cómo me &amp;sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I &amp;did</source>
        <translation>Qué &amp;hice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to an entry</source>
        <translation>&amp;Enlazar con una entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wh&amp;y the change</source>
        <translation>&amp;Por qué lo cambias</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A change is kept beneath what you first wrote, with its time, so the log stands up later.</source>
        <translation>Un cambio se guarda debajo de lo que escribiste al principio, con su hora, para que el registro sea fiable más adelante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few words are enough. Any part can stay empty.</source>
        <translation>Unas pocas palabras bastan. Cualquier parte puede quedarse vacía.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An entry no longer in the journal</source>
        <translation>Una entrada que ya no está en el diario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{headline}, {day}</source>
        <translation>{headline}, {day}</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="-172"/>
        <source>Contact records</source>
        <translation>Contactos registrados</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="-28"/>
        <source>From {names}</source>
        <translation>De {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said: {text}</source>
        <translation>Qué se dijo: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I felt: {text}</source>
        <translation>Cómo me sentí: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did: {text}</source>
        <translation>Qué hice: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to an entry</source>
        <translation>Enlazado con una entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since; what was first written is kept in the incident record</source>
        <translation>Cambiado después; lo que se escribió al principio se guarda en el registro de incidentes</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log.py" line="+74"/>
        <location line="+92"/>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Contact log status</source>
        <translation>Estado del registro de contactos</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Each time they reach out, you can note it here: when, how, who, and what you did. Over the months, the pattern gets easier to see.</source>
        <translation>Cada vez que se pongan en contacto contigo, puedes anotarlo aquí: cuándo, cómo, quién y qué hiciste. Con los meses, el patrón se ve con más facilidad.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the log matches that yet.</source>
        <translation>Todavía no hay nada en el registro que coincida con eso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet.

When they reach out, you can note it here. Looking back later, the pattern is often easier to see.</source>
        <translation>Aún no hay nada registrado.

Cuando se pongan en contacto contigo, puedes anotarlo aquí. Al mirar atrás más adelante, el patrón suele verse con más facilidad.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Moved to the trash. You can bring it back from there.</source>
        <translation>Se ha movido a la papelera. Puedes restaurarlo desde allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record is back in the log.</source>
        <translation>Se ha devuelto al registro de contactos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted for good.</source>
        <translation>Eliminado para siempre.</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../app/ui/journal/content_note.py" line="+30"/>
        <source>A note before this entry</source>
        <translation>Una nota antes de esta entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You marked this entry as heavy.</source>
        <translation>Marcaste esta entrada como difícil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can read it now, or leave it for a time that feels better. Either is fine.</source>
        <translation>Puedes leerla ahora o dejarla para un momento que te venga mejor. Las dos opciones están bien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show it</source>
        <translation>&amp;Mostrarla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the entry</source>
        <translation>Mostrar la entrada</translation>
    </message>
</context>
<context>
    <name>CoverWindow</name>
    <message>
        <location filename="../../app/ui/privacy/cover_page.py" line="+33"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="-30"/>
        <location line="+4"/>
        <source>If you are in danger now</source>
        <translation>Si estás en peligro ahora</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="+43"/>
        <source>Whatever you decided, you stopped and listened to yourself first. That matters.</source>
        <translation>Decidieras lo que decidieras, primero te paraste a escucharte. Eso importa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note it in the contact &amp;log…</source>
        <translation>Anotarlo en el &amp;registro de contactos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note it in the contact log</source>
        <translation>Anotarlo en el registro de contactos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you&apos;d like, you can note this contact in your log. Nothing is added unless you save it.</source>
        <translation>Si quieres, puedes anotar este contacto en tu registro. No se añade nada a menos que lo guardes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Noted in your contact log.</source>
        <translation>Anotado en tu registro de contactos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your letter is kept in your journal, tagged “{tag}”. Nothing was sent.</source>
        <translation>Tu carta se guarda en tu diario, con la etiqueta «{tag}». No se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+158"/>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <location filename="../../app/ui/journal/timeline_calendar.py" line="+65"/>
        <source>Jump to a date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
</context>
<context>
    <name>EntryChoiceModel</name>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+35"/>
        <source>marked as heavy</source>
        <translation>marcada como difícil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same day</source>
        <translation>El mismo día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next day</source>
        <translation>Al día siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days later</source>
        <translation>{days} días después</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../app/ui/journal/entry_details.py" line="-72"/>
        <location line="+18"/>
        <source>Remember this</source>
        <translation>Para recordar</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Heavy</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the entry</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the check-in</source>
        <translation>Del repaso de la noche</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Very low</source>
        <translation>1 · Muy bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Low</source>
        <translation>2 · Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · In between</source>
        <translation>3 · Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Steady</source>
        <translation>4 · Estable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Bright</source>
        <translation>5 · Alegre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this entry close: marked entries are easy to find again when you want to reread your own reasons.</source>
        <translation>Ten esta entrada a mano: las entradas marcadas son fáciles de volver a encontrar cuando quieras releer tus propias razones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this entry as heavy, so you can choose when you want to read it again.</source>
        <translation>Marca esta entrada como difícil, así podrás elegir cuándo quieres volver a leerla.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Feeling: {word}</source>
        <translation>Sentimiento: {word}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What pulled: {labels}</source>
        <translation>Lo que te removió: {labels}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/journal/editor.py" line="+101"/>
        <source>Write as much or as little as you like.</source>
        <translation>Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The preview shows the first part of this long entry. All of it is still in the editor.</source>
        <translation>La vista previa muestra la primera parte de esta entrada larga. Toda la entrada sigue en el editor.</translation>
    </message>
</context>
<context>
    <name>EntryFooter</name>
    <message>
        <location filename="../../app/ui/journal/entry_footer.py" line="+33"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the preview</source>
        <translation>Mostrando la vista previa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet — your text is still here. Threshold will try again.</source>
        <translation>Aún no se ha guardado; tu texto sigue aquí. Threshold lo volverá a intentar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
</context>
<context>
    <name>EntryRowDelegate</name>
    <message>
        <location filename="../../app/ui/journal/search_model.py" line="+206"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>EveningInvite</name>
    <message>
        <location filename="../../app/ui/journal/evening_invite.py" line="+30"/>
        <source>Evening check-in</source>
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good evening. Would you like a short check-in? It takes a few minutes.</source>
        <translation>Buenas noches. ¿Te gustaría hacer un breve repaso? Lleva unos pocos minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tonight</source>
        <translation>Esta noche no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin check-in</source>
        <translation>Empezar el repaso</translation>
    </message>
</context>
<context>
    <name>EveningReminder</name>
    <message>
        <location filename="../../app/ui/checkin/evening_reminder.py" line="+118"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me why</source>
        <translation>Recuérdame por qué</translation>
    </message>
</context>
<context>
    <name>ExcerptModel</name>
    <message>
        <location filename="../../app/ui/doubt/remind_models.py" line="+143"/>
        <source>Marked heavy: open it when you choose to.</source>
        <translation>Marcada como difícil: puedes abrirla cuando tú quieras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../app/ui/transfer/export_all_dialog.py" line="+52"/>
        <source>Export Everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+94"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>One .zip file with every entry as a Markdown file, your pictures and documents as they were (with their details), your reasons, the incident record (the contact log is part of it) with its evidence files, your own prompts and earlier versions. The trash is not included.</source>
        <translation>Un único archivo .zip con cada entrada como archivo Markdown, tus imágenes y documentos tal como estaban (con sus detalles), tus razones, el registro de incidentes (el registro de contactos forma parte de él) con sus archivos de prueba, tus propias preguntas y las versiones anteriores. La papelera no se incluye.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without a password, anyone who has this file can read every entry. With one, the archive is encrypted with AES-256; 7-Zip and similar programs open it with the password. Threshold doesn&apos;t keep the password anywhere.</source>
        <translation>Sin contraseña, cualquier persona que tenga este archivo puede leer todas las entradas. Con una, el archivo comprimido se cifra con AES-256; 7-Zip y programas parecidos lo abren con la contraseña. Threshold no guarda la contraseña en ningún sitio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password (optional)</source>
        <translation>Contraseña (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Contraseña (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repite la contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords are not the same. Please type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden. Escribe la misma las dos veces, por favor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is a file called {name} there already. Nothing was written; please choose another name.</source>
        <translation>Ya hay un archivo llamado {name} en esa carpeta. No se ha escrito nada; elige otro nombre, por favor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} isn&apos;t there (it may have been moved or renamed). Nothing was written; please choose another folder.</source>
        <translation>La carpeta {folder} no está (puede que se haya movido o cambiado de nombre). No se ha escrito nada; elige otra carpeta, por favor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>La exportación se detuvo; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 picture or document</source>
        <translation>1 imagen o documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents</source>
        <translation>{count} imágenes y documentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is encrypted with your password; keep both somewhere safe.</source>
        <translation>Está cifrado con tu contraseña; guarda ambos en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not encrypted; keep it somewhere safe.</source>
        <translation>No está cifrado; guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} and {files} were exported to:
{path}
{keep}</source>
        <translation>Se han exportado {entries} y {files} a:
{path}
{keep}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export/dialog.py" line="+27"/>
        <location line="+43"/>
        <location line="+188"/>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Choose what to share</source>
        <translation>Elige qué compartir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the paragraphs you tick leave your journal, with the names you choose replaced. The preview shows exactly what the file will hold.</source>
        <translation>Solo salen de tu diario los párrafos que marques, con los nombres que elijas sustituidos. La vista previa muestra exactamente lo que contendrá el archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paragraphs to &amp;include</source>
        <translation>&amp;Párrafos que incluir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs to include</source>
        <translation>Párrafos que incluir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the &amp;date</source>
        <translation>Incluir la fe&amp;cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;mood</source>
        <translation>Incluir el esta&amp;do de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the p&amp;rompt as a heading</source>
        <translation>Incluir la pre&amp;gunta como título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;tags</source>
        <translation>Incluir las e&amp;tiquetas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview of what will be exported</source>
        <translation>Vista previa de lo que se exportará</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A n&amp;ote at the top (optional)</source>
        <translation>Una n&amp;ota al principio (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I&apos;d like to talk about…</source>
        <translation>De lo que me gustaría hablar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A note at the top</source>
        <translation>Una nota al principio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protect the PDF with a pass&amp;word</source>
        <translation>Proteger el PDF con una contra&amp;seña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password (not stored anywhere)</source>
        <translation>Contraseña (no se guarda en ningún sitio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the PDF</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The exported file is not encrypted unless you protect the PDF with a password. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>El archivo exportado no está cifrado a menos que protejas el PDF con una contraseña. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Please type a password for the PDF, or untick the box.</source>
        <translation>Escribe una contraseña para el PDF o desmarca la casilla, por favor.</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <location filename="../../app/ui/export/launcher.py" line="+57"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ExportListModel</name>
    <message>
        <location filename="../../app/ui/export/model.py" line="+60"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not in this journal</source>
        <translation>no está en este diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture: {words} ({about})</source>
        <translation>Imagen: {words} ({about})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document: {words} ({about})</source>
        <translation>Documento: {words} ({about})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/journal/filter_bar.py" line="+151"/>
        <source>Imported from {source}</source>
        <translation>Importadas de {source}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries with this tag</source>
        <translation>Mostrar las entradas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything that pulled</source>
        <translation>Cualquier cosa que te removiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries where this pulled at you</source>
        <translation>Mostrar las entradas en las que esto te removió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From anywhere</source>
        <translation>De cualquier origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries imported from</source>
        <translation>Mostrar las entradas importadas de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembered only</source>
        <translation>Solo las marcadas para recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries marked to remember</source>
        <translation>Mostrar solo las entradas marcadas para recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy only</source>
        <translation>Solo las difíciles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries marked as heavy</source>
        <translation>Mostrar solo las entradas marcadas como difíciles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show entries from this date</source>
        <translation>Mostrar las entradas desde esta fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries up to this date</source>
        <translation>Mostrar las entradas hasta esta fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date range</source>
        <translation>Borrar el intervalo de fechas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries on this theme</source>
        <translation>Mostrar las entradas sobre este tema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any mood</source>
        <translation>Cualquier estado de ánimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mood} · {word}</source>
        <translation>{mood} · {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries with this mood</source>
        <translation>Mostrar las entradas con este estado de ánimo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>GettingIn</name>
    <message>
        <location filename="../../app/ui/setup/coordinator.py" line="+152"/>
        <source>Waiting for the system keyring…</source>
        <translation>Esperando al llavero del sistema…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your journal is back from the backup. The one it replaced was kept in {folder}.</source>
        <translation>Tu diario se ha restaurado desde la copia de seguridad. El que había antes se guardó en {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is back from the backup.</source>
        <translation>Tu diario se ha restaurado desde la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This computer&apos;s keyring opens your journal again.</source>
        <translation>El llavero de este equipo vuelve a abrir tu diario.</translation>
    </message>
</context>
<context>
    <name>GroundingPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-64"/>
        <source>A pause</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>What you wrote is saved. Take all the time you need.</source>
        <translation>Lo que escribiste está guardado. Tómate todo el tiempo que necesites.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Close for tonight</source>
        <translation>&amp;Cerrar por esta noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close for tonight</source>
        <translation>Cerrar por esta noche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to where I was</source>
        <translation>V&amp;olver a donde estaba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to where I was</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Take all the time you need.</source>
        <translation>Tómate todo el tiempo que necesites.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="+71"/>
        <location line="+21"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Them</source>
        <translation>&amp;Mostrarlas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the imported entries</source>
        <translation>Mostrar las entradas importadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journals and archives (*.zip *.json *.txt *.md);;All files (*)</source>
        <translation>Diarios y archivos (*.zip *.json *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder of notes</source>
        <translation>Elige una carpeta de notas</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was added; your journal is as it was.</source>
        <translation>La importación se ha cancelado. No se ha añadido nada; tu diario está como estaba.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That password doesn&apos;t open {name}. Nothing was imported.</source>
        <translation>Esa contraseña no abre {name}. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is protected by a password. Type it below to read what it holds.</source>
        <translation>{name} está protegido con una contraseña. Escríbela abajo para leer lo que contiene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry imported.</source>
        <translation>1 entrada importada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries imported.</source>
        <translation>{count} entradas importadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can find them with the filter “Imported from {source}”.</source>
        <translation>Puedes encontrarlas con el filtro «Importadas de {source}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="+287"/>
        <source>Part of your journal file is damaged: it changed after it was written, most likely through a fault of the disk. Threshold found this just after opening it, and so that nothing gets worse, it stopped using the file and writes nothing more into it.</source>
        <translation>Una parte del archivo de tu diario está dañada: cambió después de escribirse, muy probablemente por un fallo del disco. Threshold lo detectó justo después de abrirlo y, para que nada empeore, dejó de usar el archivo y ya no escribe nada más en él.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="+66"/>
        <source>Entries from this day in earlier years</source>
        <translation>Entradas de este día en años anteriores</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>You wrote on this day in an earlier year</source>
        <translation>Escribiste en este mismo día en otro año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote on this day in earlier years ({count})</source>
        <translation>Escribiste en este mismo día en años anteriores ({count})</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="-139"/>
        <source>An unsent letter</source>
        <translation>Una carta sin enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what you would like to say to them, as much or as little as you want. This stays here. Nothing is sent.</source>
        <translation>Escribe lo que te gustaría decirle a esa persona, tanto o tan poco como quieras. Se queda aquí. No se envía nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your unsent letter</source>
        <translation>Tu carta sin enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anywhere. You can skip this, too.</source>
        <translation>Empieza por donde quieras. También puedes saltarte esto.</translation>
    </message>
</context>
<context>
    <name>LinkNextDialog</name>
    <message>
        <location filename="../../app/ui/journal/link_dialog.py" line="-178"/>
        <source>Link What Happened Next</source>
        <translation>Enlazar lo que pasó después</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happened next?</source>
        <translation>¿Qué pasó después?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a later entry that tells what came of this one, from {day}. You can read the two side by side in Remind me why.</source>
        <translation>Elige una entrada posterior que cuente en qué quedó esta, del {day}. Puedes leer las dos una al lado de la otra en «Recuérdame por qué».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by headline…</source>
        <translation>Filtrar por título…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the later entries</source>
        <translation>Filtrar las entradas posteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later entries</source>
        <translation>Entradas posteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no later entries yet. When you have written what happened, you can come back here and link it.</source>
        <translation>Todavía no hay entradas posteriores. Cuando hayas escrito lo que pasó, puedes volver aquí y enlazarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Link</source>
        <translation>&amp;Enlazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the chosen entry</source>
        <translation>Enlazar la entrada elegida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already linked as what happened next</source>
        <translation>Ya enlazadas como lo que pasó después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries already linked</source>
        <translation>Entradas ya enlazadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Link</source>
        <translation>&amp;Quitar el enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the link</source>
        <translation>Quitar el enlace</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>LockCoordinator</name>
    <message>
        <location filename="../../app/ui/privacy/lock.py" line="+92"/>
        <source>Close Threshold?</source>
        <translation>¿Cerrar Threshold?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest words couldn&apos;t be saved just now. If you close, they will be lost. Would you like to stay and try again?</source>
        <translation>Tus últimas palabras no se han podido guardar ahora mismo. Si cierras, se perderán. ¿Quieres quedarte y volver a intentarlo?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Threshold couldn&apos;t save your latest words, so the journal stays open for now. Your text is still here; it will try again in a moment.</source>
        <translation>Threshold no ha podido guardar tus últimas palabras, así que el diario sigue abierto por ahora. Tu texto sigue aquí; lo volverá a intentar en un momento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+307"/>
        <source>Exported to {path}.</source>
        <translation>Se exportó a {path}.</translation>
    </message>
</context>
<context>
    <name>MonthTimeline</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_model.py" line="+86"/>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing recorded in the last {n} months.</source>
        <translation>No hay nada registrado en los últimos {n} meses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in {month}</source>
        <translation>{count} en {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last {n} months: {months}.</source>
        <translation>En los últimos {n} meses: {months}.</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../app/ui/journal/timeline_model.py" line="+70"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In between</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright</source>
        <translation>Alegre</translation>
    </message>
</context>
<context>
    <name>MoodKey</name>
    <message>
        <location filename="../../app/ui/journal/filter_parts.py" line="+113"/>
        <source>Mood marks</source>
        <translation>Marcas de ánimo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mood marks: a ring filled to the mood&apos;s level, from 1 to 5: {words}</source>
        <translation>Marcas de ánimo: un anillo relleno hasta el nivel del estado de ánimo, del 1 al 5: {words}</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-143"/>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a mood, a word that comes close, both or neither. You can skip this.</source>
        <translation>Elige un estado de ánimo, una palabra que se acerque, las dos cosas o ninguna. Puedes saltarte esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>A word for it</source>
        <translation>Ponle nombre</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../../app/ui/widgets/mood_picker.py" line="+141"/>
        <source>Closer words:</source>
        <translation>Palabras más precisas:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>↑ more energy</source>
        <translation>↑ más energía</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>↓ less energy</source>
        <translation>↓ menos energía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← unpleasant · pleasant →</source>
        <translation>← desagradable · agradable →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more energy</source>
        <translation>más energía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>some energy</source>
        <translation>algo de energía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less energy</source>
        <translation>menos energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word}: {energy}, pleasantness {p} of 5</source>
        <translation>{word}: {energy}, agrado {p} de 5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Closer word: {word}</source>
        <translation>Palabra más precisa: {word}</translation>
    </message>
</context>
<context>
    <name>MoodScale</name>
    <message>
        <location line="-178"/>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mood: {word}, {value} of 5</source>
        <translation>Estado de ánimo: {word}, {value} de 5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In between</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright</source>
        <translation>Alegre</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <location filename="../../app/ui/export/names.py" line="+63"/>
        <source>Names to replace</source>
        <translation>Nombres que sustituir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave “Shown as” empty to use initials.</source>
        <translation>Deja «Se muestra como» vacío para usar las iniciales.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names replaced</source>
        <translation>Nombres sustituidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen name</source>
        <translation>Quitar el nombre elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margaret</source>
        <translation>Carmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>my mother</source>
        <translation>mi madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shown as</source>
        <translation>Se &amp;muestra como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this name</source>
        <translation>Añadir este nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example, {example}</source>
        <translation>por ejemplo, {example}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the name you&apos;d like to replace first.</source>
        <translation>Primero escribe el nombre que quieres sustituir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is already on the list. To show it differently, remove it first.</source>
        <translation>«{name}» ya está en la lista. Para mostrarlo de otra forma, quítalo primero.</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../app/ui/export/model.py" line="+104"/>
        <source>{name}  →  {initials} (initials)</source>
        <translation>{name}  →  {initials} (iniciales)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>initials {initials}</source>
        <translation>iniciales {initials}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, shown as {replacement}</source>
        <translation>{name}, se muestra como {replacement}</translation>
    </message>
</context>
<context>
    <name>OpeningSettings</name>
    <message>
        <location filename="../../app/ui/settings/opening_tab.py" line="+42"/>
        <source>Use a passphrase instead…</source>
        <translation>Usar una frase de contraseña en su lugar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a passphrase instead</source>
        <translation>Usar una frase de contraseña en su lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with my computer login instead…</source>
        <translation>Abrir con el inicio de sesión de mi equipo en su lugar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with my computer login instead</source>
        <translation>Abrir con el inicio de sesión de mi equipo en su lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new recovery key…</source>
        <translation>Crear una clave de recuperación nueva…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new recovery key</source>
        <translation>Crear una clave de recuperación nueva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your journal opens with your passphrase (or your recovery key). Your computer login alone can&apos;t open it.</source>
        <translation>Tu diario se abre con tu frase de contraseña (o con tu clave de recuperación). El inicio de sesión de tu equipo no basta por sí solo para abrirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal opens with your computer login (or your recovery key). Anyone who can use your login can open it; a passphrase prevents that.</source>
        <translation>Tu diario se abre con el inicio de sesión de tu equipo (o con tu clave de recuperación). Cualquiera que pueda usar tu sesión puede abrirlo; una frase de contraseña lo impide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery key was being made when Threshold last stopped, so two recovery keys open your journal: the earlier one and that new one. Making a new recovery key below leaves just one.</source>
        <translation>Se estaba creando una clave de recuperación nueva cuando Threshold se cerró por última vez, así que tu diario se abre con dos claves de recuperación: la anterior y esa nueva. Si creas una clave de recuperación nueva aquí abajo, solo quedará una.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How your journal opens</source>
        <translation>Cómo se abre tu diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you&apos;ve lost your recovery key, or someone else may have seen it, you can make a new one. The old one stops working.</source>
        <translation>Si has perdido tu clave de recuperación, o puede que otra persona la haya visto, puedes crear una nueva. La anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking saves first, then clears the screen. Shift pressed three times hides your journal and locks it at once (see On screen).</source>
        <translation>Al bloquear, primero se guarda todo y después se despeja la pantalla. Pulsar Mayús tres veces oculta tu diario y lo bloquea al instante (consulta el apartado «En pantalla»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder for backups</source>
        <translation>Elegir una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after </source>
        <translation>tras </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock automatically:</source>
        <translation>Bloquear automáticamente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minute without use</source>
        <translation> minuto sin uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Encrypted backups are made when you quit, at most once a day, in {folder}. Each one opens with your recovery key on any computer.</source>
        <translation>Las copias de seguridad cifradas se hacen al salir, como mucho una vez al día, en {folder}. Cada una se abre con tu clave de recuperación en cualquier equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there just now (is the USB stick plugged in?), so no backup is made until it is.</source>
        <translation>Esa carpeta no está disponible ahora mismo (¿está conectada la memoria USB?), así que no se hará ninguna copia hasta que vuelva a estarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest is from {when} and holds {held}.</source>
        <translation>La más reciente es del {when} y contiene {held}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A folder for backups</source>
        <translation>Una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anyone who can use your computer login will be able to open your journal. Would you like to continue?</source>
        <translation>Cualquiera que pueda usar el inicio de sesión de tu equipo podrá abrir tu diario. ¿Quieres continuar?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your current recovery key will stop working. Would you like to make a new one?</source>
        <translation>Tu clave de recuperación actual dejará de funcionar. ¿Quieres crear una nueva?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>OwnPromptDialog</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="+88"/>
        <source>Your own prompt</source>
        <translation>Tu propia pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A question you&apos;d like to be asked some evening</source>
        <translation>Una pregunta que te gustaría que te hicieran alguna noche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up question {n}</source>
        <translation>Pregunta de seguimiento {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This one goes deeper (say so before asking)</source>
        <translation>Esta va más a fondo (avisar antes de hacerla)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up {n}</source>
        <translation>Seguimiento {n}</translation>
    </message>
</context>
<context>
    <name>PairPane</name>
    <message>
        <location filename="../../app/ui/journal/next_pairs.py" line="+70"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>PairsDialog</name>
    <message>
        <location filename="../../app/ui/doubt/remind_pairs.py" line="+89"/>
        <source>What happened next</source>
        <translation>Lo que pasó después</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../app/ui/journal/pair_models.py" line="+45"/>
        <source>{first}, {hoped}; then {second}, {happened}</source>
        <translation>{first}, {hoped}; después {second}, {happened}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <location filename="../../app/ui/journal/next_pairs.py" line="+33"/>
        <location line="+70"/>
        <source>What happened next</source>
        <translation>Lo que pasó después</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing is linked yet. When an entry tells what came of something hoped for or promised, you can open the earlier entry and choose Entry → Link What Happened Next… The two will wait for you here, side by side.</source>
        <translation>Aún no hay nada enlazado. Cuando una entrada cuente en qué quedó algo que esperabas o que te prometieron, puedes abrir la entrada anterior y elegir Entrada → Enlazar lo que pasó después… Las dos te esperarán aquí, una junto a la otra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked entries</source>
        <translation>Entradas enlazadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you hoped for, or were promised</source>
        <translation>Lo que esperabas, o lo que te prometieron</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/settings/key_dialogs.py" line="+22"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passphrase of at least 8 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters.</source>
        <translation>Usa al menos 8 caracteres, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbelas de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>PausePage</name>
    <message>
        <location filename="../../app/ui/doubt/pause_page.py" line="+38"/>
        <source>A pause</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to wait a little before deciding anything? Pick a time if it helps. You can go on whenever you like.</source>
        <translation>¿Te gustaría esperar un poco antes de decidir nada? Elige un tiempo si te ayuda. Puedes seguir cuando quieras.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait {n} minutes</source>
        <translation>Esperar {n} minutos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No timer is running.</source>
        <translation>No hay ningún temporizador en marcha.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose has passed. Go on whenever you feel ready.</source>
        <translation>Ya ha pasado el tiempo que elegiste. Puedes seguir cuando te sientas con fuerzas.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../app/ui/widgets/people_field.py" line="+42"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type a name and press Enter</source>
        <translation>Escribe un nombre y pulsa Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
</context>
<context>
    <name>PictureSettings</name>
    <message>
        <location filename="../../app/ui/settings/pictures_tab.py" line="+29"/>
        <source>Pictures and documents you attach</source>
        <translation>Imágenes y documentos que adjuntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos often carry the place they were taken, the time and the phone that took them. Exports and printing always leave those details out. Threshold keeps the original inside your encrypted journal, unchanged, so its fingerprint (SHA-256) can show it was never altered.</source>
        <translation>Las fotos suelen llevar el lugar donde se tomaron, la hora y el teléfono con el que se hicieron. Al exportar o imprimir, esos datos siempre se dejan fuera. Threshold guarda el original dentro de tu diario cifrado, sin cambios, para que su huella (SHA-256) pueda demostrar que nunca se alteró.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove those details when I attach a file, too</source>
        <translation>Quitar esos datos también al adjuntar un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then only the cleaned file is kept, and its fingerprint is the cleaned file&apos;s. Files attached before keep their originals.</source>
        <translation>Así solo se guarda el archivo limpio, y su huella es la del archivo limpio. Los archivos adjuntados antes conservan sus originales.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="-134"/>
        <source>What would come in</source>
        <translation>Lo que se importaría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &amp;place and weather as a line in each entry</source>
        <translation>Conservar el &amp;lugar y el tiempo que hacía como una línea en cada entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep place and weather as a line in each entry</source>
        <translation>Conservar el lugar y el tiempo que hacía como una línea en cada entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off unless you choose it: a place can show where you were, and that may not be safe to keep.</source>
        <translation>Desactivado a menos que lo elijas: un lugar puede revelar dónde estabas, y puede que no sea seguro conservarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading again</source>
        <translation>Leyendo de nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From {source}: {name}</source>
        <translation>De {source}: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No new entries; the archive&apos;s reasons, incident records and prompts.</source>
        <translation>Ninguna entrada nueva; las razones, los registros de incidentes y las preguntas del archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 new incident record, with its amendments and evidence files.</source>
        <translation>1 registro de incidente nuevo, con sus correcciones y archivos de prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} new incident records, with their amendments and evidence files.</source>
        <translation>{count} registros de incidentes nuevos, con sus correcciones y archivos de prueba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 entry is in your journal already and will be skipped.</source>
        <translation>1 entrada ya está en tu diario y se omitirá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries are in your journal already and will be skipped.</source>
        <translation>{count} entradas ya están en tu diario y se omitirán.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 tag</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} tags</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 picture or document</source>
        <translation>1 imagen o documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pictures and documents</source>
        <translation>{count} imágenes y documentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With {tags} and {files}.</source>
        <translation>Con {tags} y {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With {things}.</source>
        <translation>Con {things}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no entries here to import.</source>
        <translation>Aquí no hay entradas que importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is in your journal already, so there is nothing new to import.</source>
        <translation>Esta entrada ya está en tu diario, así que no hay nada nuevo que importar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {count} entries here are in your journal already, so there is nothing new to import.</source>
        <translation>Las {count} entradas de aquí ya están en tu diario, así que no hay nada nuevo que importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 new entry</source>
        <translation>1 entrada nueva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} new entries</source>
        <translation>{count} entradas nuevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new}.</source>
        <translation>{new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new}, on {day}.</source>
        <translation>{new}, del {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new}, from {first} to {last}.</source>
        <translation>{new}, del {first} al {last}.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../app/ui/setup/problem_page.py" line="+41"/>
        <source>Threshold can&apos;t open your journal</source>
        <translation>Threshold no puede abrir tu diario</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>What you wrote just now was not saved into the damaged file. Threshold is holding it, here in memory only, and will add it to your journal as a new entry once the journal opens again from a backup. If you quit Threshold before that, it can&apos;t be kept.</source>
        <translation>Lo que acabas de escribir no se ha guardado en el archivo dañado. Threshold lo conserva, aquí y solo en memoria, y lo añadirá a tu diario como una entrada nueva en cuanto el diario vuelva a abrirse desde una copia de seguridad. Si cierras Threshold antes, no se podrá conservar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been changed or deleted. Threshold never creates a new journal over an old one, so whatever is in the folder stays exactly as it is. If you moved the folder or have a copy of it, you can put it back in this place and open Threshold again.</source>
        <translation>No se ha cambiado ni eliminado nada. Threshold nunca crea un diario nuevo encima de uno anterior, así que todo lo que hay en la carpeta se queda exactamente como está. Si moviste la carpeta o tienes una copia, puedes volver a ponerla en este lugar y abrir Threshold de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your journal folder</source>
        <translation>La carpeta de tu diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show the folder</source>
        <translation>&amp;Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../app/ui/transfer/import_pages.py" line="+14"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you cancel, nothing is added and your journal stays as it was.</source>
        <translation>Si cancelas, no se añade nada y tu diario se queda como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries imported so far</source>
        <translation>Entradas importadas hasta ahora</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="-36"/>
        <source>  (yours)</source>
        <translation>  (tuya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (from {pack})</source>
        <translation>  (de {pack})</translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="+38"/>
        <source>Tonight&apos;s prompt</source>
        <translation>La pregunta de esta noche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This one goes deeper. If tonight isn&apos;t the night for it, you can ask for another or skip it.</source>
        <translation>Esta va más a fondo. Si esta noche no es el momento, puedes pedir otra o saltártela.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Another prompt</source>
        <translation>&amp;Otra pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another prompt</source>
        <translation>Otra pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a the&amp;me</source>
        <translation>Elegir un &amp;tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a theme</source>
        <translation>Elegir un tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no prompt here for tonight. You can choose another theme, or write without a prompt.</source>
        <translation>Aquí no hay ninguna pregunta para esta noche. Puedes elegir otro tema o escribir sin pregunta.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../../app/ui/journal/prompt_panel.py" line="+36"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I need a &amp;pause</source>
        <translation>Necesito una &amp;pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I need a pause</source>
        <translation>Necesito una pausa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a follow-up &amp;question</source>
        <translation>&amp;Mostrar una pregunta de seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a follow-up question</source>
        <translation>Mostrar una pregunta de seguimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish check-in</source>
        <translation>&amp;Terminar el repaso de la noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish check-in</source>
        <translation>Terminar el repaso de la noche</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <location filename="../../app/ui/settings/prompts_dialog.py" line="+58"/>
        <location line="+27"/>
        <location line="+62"/>
        <location line="+16"/>
        <location line="+14"/>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Your own prompts and imported packs are kept in your encrypted journal. Tonight&apos;s prompt is chosen from all of them.</source>
        <translation>Tus propias preguntas y los paquetes importados se guardan en tu diario cifrado. La pregunta de esta noche se elige entre todas ellas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show prompts of a theme</source>
        <translation>Mostrar las preguntas de un tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add my own…</source>
        <translation>&amp;Añadir una propia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add my own prompt</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Import a prompt pack</source>
        <translation>Importar un paquete de preguntas</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected prompt</source>
        <translation>Quitar la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Paquetes de preguntas (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n prompts from “{name}”.</source>
        <translation>
            <numerusform>Se importó %n pregunta de «{name}».</numerusform>
            <numerusform>Se importaron %n preguntas de «{name}».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the whole pack “{pack}”? Entries that answered its prompts keep their text.</source>
        <translation>¿Quitar todo el paquete «{pack}»? Las entradas que respondían a sus preguntas conservan su texto.</translation>
    </message>
</context>
<context>
    <name>PullPage</name>
    <message>
        <location filename="../../app/ui/checkin/steps.py" line="-70"/>
        <source>What pulled at you today?</source>
        <translation>¿Qué te ha removido hoy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose any that fit, or none. This helps choose tonight&apos;s prompt.</source>
        <translation>Elige las que encajen, o ninguna. Esto ayuda a escoger la pregunta de esta noche.</translation>
    </message>
</context>
<context>
    <name>PullPicker</name>
    <message>
        <location filename="../../app/ui/checkin/pull_picker.py" line="+43"/>
        <source>Or in your own words…</source>
        <translation>O con tus propias palabras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What pulled at you, in your own words</source>
        <translation>Lo que te removió, con tus propias palabras</translation>
    </message>
</context>
<context>
    <name>ReachOutFlow</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_flow.py" line="+71"/>
        <location line="+203"/>
        <source>Tempted to reach out</source>
        <translation>Ganas de ponerte en contacto</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+234"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>&amp;Leave for now</source>
        <translation>Dejarlo &amp;por ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave for now</source>
        <translation>Dejarlo por ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>I reached out.</source>
        <translation>Me puse en contacto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsent letter</source>
        <translation>Carta sin enviar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problem} Your words are still here, and Threshold will keep trying.</source>
        <translation>{problem} Tus palabras siguen aquí, y Threshold seguirá intentándolo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in your journal.</source>
        <translation>Se guardó en tu diario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsent letter</source>
        <translation>carta sin enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>didn&apos;t reach out</source>
        <translation>no me puse en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached out</source>
        <translation>me puse en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sure yet</source>
        <translation>aún no lo sé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not n&amp;ow</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;where I was</source>
        <translation>V&amp;olver a donde estaba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go &amp;on</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <location filename="../../app/ui/doubt/reach_out_steps.py" line="-69"/>
        <location line="+5"/>
        <source>Your reasons</source>
        <translation>Tus razones</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>You wrote these on a clearer day. Read them slowly; there is no hurry.</source>
        <translation>Las escribiste en un día más claro. Léelas despacio; no hay prisa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Threshold couldn&apos;t read your reasons just now. They are safe where they are, and the next steps can still help.</source>
        <translation>Threshold no ha podido leer tus razones ahora mismo. Están a salvo donde están, y los siguientes pasos pueden ayudarte igualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no reasons here yet. Whenever you like, you can write a few in “Remind me why”, and they will be waiting here. The next steps can help either way.</source>
        <translation>Todavía no hay razones aquí. Cuando quieras, puedes escribir algunas en «Recuérdame por qué», y te estarán esperando aquí. Los siguientes pasos pueden ayudarte en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/settings/key_dialogs.py" line="+13"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <location filename="../../app/ui/setup/recovery.py" line="-170"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If your login or passphrase ever can&apos;t open the journal, for example on a new computer, this key will. Threshold shows it only now and can&apos;t show it again.</source>
        <translation>Si alguna vez tu inicio de sesión o tu frase de contraseña no pueden abrir el diario, por ejemplo en un equipo nuevo, esta clave sí podrá. Threshold solo la muestra ahora y no podrá volver a mostrarla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please keep it away from this computer: on paper somewhere safe, or in a password manager you trust. Anyone who has it can open your journal.</source>
        <translation>Guárdala lejos de este equipo, por favor: en papel, en un lugar seguro, o en un gestor de contraseñas de tu confianza. Cualquier persona que la tenga puede abrir tu diario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&apos;ve &amp;kept it</source>
        <translation>&amp;Ya la he guardado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save as file…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as file</source>
        <translation>Guardar como archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key for your Threshold journal: it opens the journal if nothing else can. Keep it away from that computer.</source>
        <translation>Clave de recuperación de tu diario de Threshold: abre el diario si nada más puede hacerlo. Guárdala lejos de ese equipo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-key.txt</source>
        <translation>clave-de-recuperacion.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold couldn&apos;t save the file there ({reason}). You can choose another place.</source>
        <translation>Threshold no ha podido guardar el archivo ahí ({reason}). Puedes elegir otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {name}. If you can, keep it somewhere away from this computer.</source>
        <translation>Se ha guardado como {name}. Si puedes, guárdala en algún lugar lejos de este equipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied. Once it&apos;s in your password manager, you may want to copy something else, so the key doesn&apos;t stay on the clipboard.</source>
        <translation>Copiada. Cuando ya esté en tu gestor de contraseñas, quizá quieras copiar otra cosa para que la clave no se quede en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>RemindPairs</name>
    <message>
        <location filename="../../app/ui/doubt/remind_pairs.py" line="-49"/>
        <location line="+2"/>
        <source>What happened next</source>
        <translation>Lo que pasó después</translation>
    </message>
</context>
<context>
    <name>RemindSettings</name>
    <message>
        <location filename="../../app/ui/settings/remind_tab.py" line="-21"/>
        <location line="+7"/>
        <source>Themes to reread</source>
        <translation>Temas para releer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Besides your reasons and marked entries, &quot;Remind me why&quot; shows entries on these themes.</source>
        <translation>Además de tus razones y las entradas marcadas, «Recuérdame por qué» muestra entradas sobre estos temas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your decision</source>
        <translation>Tu decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how many days it has been since I decided</source>
        <translation>Mostrar cuántos días han pasado desde que lo decidí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day you decided</source>
        <translation>El día en que lo decidiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off unless you want it. It only counts from the day you choose; a hard day never resets it.</source>
        <translation>Desactivado, salvo que lo quieras. Solo cuenta desde el día que elijas; un día difícil nunca lo pone a cero.</translation>
    </message>
</context>
<context>
    <name>RemindView</name>
    <message>
        <location filename="../../app/ui/doubt/remind_view.py" line="+61"/>
        <location line="+93"/>
        <location line="+155"/>
        <location line="+18"/>
        <source>Remind me why</source>
        <translation>Recuérdame por qué</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>I&apos;m tempted to &amp;reach out</source>
        <translation>Tengo la tentación de ponerme en &amp;contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&apos;m tempted to reach out</source>
        <translation>Tengo la tentación de ponerme en contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the journal</source>
        <translation>V&amp;olver al diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;log…</source>
        <translation>&amp;Registro de contactos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Your reasons</source>
        <translation>Tus razones</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>In your own words, in the order that matters to you.</source>
        <translation>Con tus propias palabras, en el orden que a ti te importa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing here yet. You could write one reason you&apos;d want to hear on a hard day. It stays in your encrypted journal.</source>
        <translation>Aún no hay nada aquí. Podrías escribir una razón que te gustaría oír en un día difícil. Se queda en tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a reason…</source>
        <translation>Añadir una razón…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new reason</source>
        <translation>Una razón nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the reason</source>
        <translation>Añadir la razón</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reason up</source>
        <translation>Subir la razón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reason down</source>
        <translation>Bajar la razón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the reason</source>
        <translation>Editar la razón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the reason</source>
        <translation>Quitar la razón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entries you marked to remember</source>
        <translation>Entradas que marcaste para recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries you marked</source>
        <translation>Entradas que marcaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an entry feels worth rereading, tick &quot;Remember this&quot; beside it and it will wait for you here.</source>
        <translation>Cuando sientas que una entrada merece volver a leerse, marca «Para recordar» junto a ella y te estará esperando aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See your &amp;patterns over time</source>
        <translation>Ver tus &amp;patrones a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patterns over time</source>
        <translation>Patrones a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this day, in earlier years</source>
        <translation>En este día, en años anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this day</source>
        <translation>En este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>From the themes you chose</source>
        <translation>De los temas que elegiste</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove this reason from your list?</source>
        <translation>¿Quitar esta razón de tu lista?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A year ago today</source>
        <translation>Hoy hace un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} years ago today</source>
        <translation>Hoy hace {years} años</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You made your decision today. Go gently.</source>
        <translation>Hoy has tomado tu decisión. Trátate con cariño.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One day since your decision on {date}. However today goes, it still stands.</source>
        <translation>Ha pasado un día desde tu decisión del {date}. Vaya como vaya hoy, sigue en pie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days since your decision on {date}. However today goes, it still stands.</source>
        <translation>Han pasado {days} días desde tu decisión del {date}. Vaya como vaya hoy, sigue en pie.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/setup/restore_dialog.py" line="+59"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a backup. It is checked before anything moves, and the journal there now is kept aside in the folder, never deleted.</source>
        <translation>Elige una copia de seguridad. Se comprueba antes de mover nada, y el diario que hay ahora se aparta en la carpeta, nunca se elimina.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup file…</source>
        <translation>Elegir otro archivo de copia de seguridad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With my &amp;recovery key</source>
        <translation>Con mi &amp;clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With my &amp;passphrase</source>
        <translation>Con mi &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key or passphrase</source>
        <translation>Clave de recuperación o frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Look inside first</source>
        <translation>&amp;Ver antes lo que contiene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look inside the chosen backup</source>
        <translation>Ver lo que contiene la copia de seguridad elegida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the backup holds</source>
        <translation>Lo que contiene la copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{when} ({size})</source>
        <translation>{when} ({size})</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+49"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>A backup</source>
        <translation>Una copia de seguridad</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>Please choose a backup first.</source>
        <translation>Elige primero una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is damaged and can&apos;t be used.</source>
        <translation>Esa copia de seguridad está dañada y no se puede usar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This backup holds no entries.</source>
        <translation>Esta copia de seguridad no contiene ninguna entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds {count} from {first} to {last}. The newest:</source>
        <translation>Contiene {count} del {first} al {last}. Las más recientes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry you marked as heavy</source>
        <translation>una entrada que marcaste como difícil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{backup} — damaged, can&apos;t be used</source>
        <translation>{backup} — dañada, no se puede usar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>one entry</source>
        <translation>una entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is damaged, so nothing was changed. The newest sound one is now chosen ({count}): choose Restore to use it.</source>
        <translation>Esa copia de seguridad está dañada, así que no se ha cambiado nada. Ahora está elegida la más reciente que está en buen estado ({count}): elige Restaurar para usarla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That backup is damaged, so nothing was changed, and no older backup here opens with what you entered. You can choose another backup file.</source>
        <translation>Esa copia de seguridad está dañada, así que no se ha cambiado nada, y ninguna copia más antigua de aquí se abre con lo que has escrito. Puedes elegir otro archivo de copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../../app/ui/journal/revisions_dialog.py" line="+106"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+33"/>
        <location line="+6"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no earlier versions of this entry yet. Threshold keeps one when you come back to an entry after a while, or before a large cut.</source>
        <translation>Todavía no hay versiones anteriores de esta entrada. Threshold guarda una cuando vuelves a una entrada después de un tiempo, o antes de que borres una parte grande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No earlier versions</source>
        <translation>No hay versiones anteriores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring keeps the text you have now as an earlier version, so nothing is lost.</source>
        <translation>Al restaurar, el texto que tienes ahora se guarda como una versión anterior, así que no se pierde nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {saved}</source>
        <translation>Guardada el {saved}</translation>
    </message>
</context>
<context>
    <name>ScreenSettings</name>
    <message>
        <location filename="../../app/ui/settings/screen_tab.py" line="+64"/>
        <source>Hide the window</source>
        <translation>Ocultar la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a plain, empty page instead</source>
        <translation>Mostrar en su lugar una página sencilla y vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut for quick hide</source>
        <translation>Atajo para ocultar rápido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;high contrast</source>
        <translation>Usar alto contra&amp;ste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window name</source>
        <translation>Nombre de la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Window icon</source>
        <translation>Icono de la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold&apos;s own</source>
        <translation>El propio de Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notepad</source>
        <translation>Un bloc de notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document</source>
        <translation>Un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain circle</source>
        <translation>Un círculo sencillo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear copied text</source>
        <translation>Borrar el texto copiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s language ({name})</source>
        <translation>El idioma del sistema ({name})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only when the journal locks or closes</source>
        <translation>solo cuando el diario se bloquea o se cierra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after {n} seconds</source>
        <translation>después de {n} segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after 1 minute</source>
        <translation>después de 1 minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {n} minutes</source>
        <translation>después de {n} minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the window looks</source>
        <translation>Cómo se ve la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Icon</source>
        <translation>I&amp;cono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name and icon show in the taskbar, on dialogs and on reminders, even before you unlock, so they are kept unencrypted on this computer. Choose something ordinary, and nothing private.</source>
        <translation>El nombre y el icono se ven en la barra de tareas, en los cuadros de diálogo y en los recordatorios, incluso antes de desbloquear, así que se guardan sin cifrar en este equipo. Elige algo corriente y nada privado.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Black and white text and clear edges. Threshold also follows your system&apos;s high-contrast setting.</source>
        <translation>Texto en blanco y negro y bordes bien marcados. Threshold también sigue el ajuste de alto contraste de tu sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold speaks the language you choose from the next time it opens.</source>
        <translation>Threshold usará el idioma que elijas a partir de la próxima vez que lo abras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quick hide</source>
        <translation>Ocultar rápido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift pressed three times, or the shortcut below, saves, locks and gets your journal out of sight at once.</source>
        <translation>Pulsar Mayús tres veces, o el atajo de abajo, guarda, bloquea y quita tu diario de la vista al instante.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Shortcut</source>
        <translation>A&amp;tajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied text</source>
        <translation>Texto copiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear text copied from the &amp;journal</source>
        <translation>Borrar el texto copiado del &amp;diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only if nothing else was copied since. Locking always clears it.</source>
        <translation>Solo si no se ha copiado nada más desde entonces. Al bloquear, siempre se borra.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>ScreenStep</name>
    <message>
        <location filename="../../app/ui/setup/screen.py" line="+44"/>
        <source>If someone might see your screen</source>
        <translation>Si alguien pudiera ver tu pantalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s name shows in the taskbar and on dialogs, even before your journal is unlocked.</source>
        <translation>El nombre de la ventana aparece en la barra de tareas y en los cuadros de diálogo, incluso antes de desbloquear tu diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the name “&amp;Threshold”</source>
        <translation>Mantener el nombre «&amp;Threshold»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call it “{name}”, with a &amp;plain icon</source>
        <translation>Llamarla «{name}», con un icono &amp;sencillo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick hide</source>
        <translation>Ocultar rápido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can change it at any time in Settings, under On screen.</source>
        <translation>Puedes cambiarlo cuando quieras en Ajustes, en el apartado «En pantalla».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give it an ordinary name and a plain icon in Settings, under On screen.</source>
        <translation>Puedes darle un nombre corriente y un icono sencillo en Ajustes, en el apartado «En pantalla».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>press {key} or Shift three times</source>
        <translation>pulsa {key} o Mayús tres veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>press Shift three times</source>
        <translation>pulsa Mayús tres veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need Threshold out of sight at once, {keys}. It saves what you wrote, locks the journal and hides the window; nothing is lost. To come back, open Threshold again.</source>
        <translation>Si necesitas quitar Threshold de la vista al instante, {keys}. Guarda lo que escribiste, bloquea el diario y oculta la ventana; no se pierde nada. Para volver, abre Threshold de nuevo.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/journal/search_panel.py" line="+57"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Results appear as you type.</source>
        <translation>Los resultados aparecen mientras escribes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries match yet.</source>
        <translation>Todavía no hay entradas que coincidan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/journal/search_model.py" line="-84"/>
        <source>Marked heavy: open it when you choose to.</source>
        <translation>Marcada como difícil: puedes abrirla cuando tú quieras.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/dialog.py" line="+62"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Opening and recovery</source>
        <translation>&amp;Apertura y recuperación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Check-in</source>
        <translation>Repaso de &amp;la noche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remind me why</source>
        <translation>&amp;Recuérdame por qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pictures</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who opened it</source>
        <translation>&amp;Quién lo abrió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Two computers</source>
        <translation>&amp;Dos equipos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On &amp;screen</source>
        <translation>En &amp;pantalla</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <location filename="../../app/ui/setup/flow.py" line="+130"/>
        <source>Welcome to Threshold</source>
        <translation>Te damos la bienvenida a Threshold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold is a private journal for the way out of a relationship that hurt you, and for the time after. It&apos;s a quiet place to notice how you are, to write down what happened, and to come back to your own reasons when doubt pulls at you.</source>
        <translation>Threshold es un diario privado para el camino de salida de una relación que te hizo daño, y para el tiempo que viene después. Es un lugar tranquilo para notar cómo estás, escribir lo que pasó y volver a tus propias razones cuando te asalte la duda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you write stays on this computer, encrypted. There is no account, no cloud and no network. Nothing leaves unless you export it.</source>
        <translation>Todo lo que escribes se queda en este equipo, cifrado. No hay cuenta, ni nube, ni red. Nada sale de aquí a menos que lo exportes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up takes a few minutes.</source>
        <translation>La configuración lleva unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a backup from another computer…</source>
        <translation>Tengo una copia de seguridad de otro equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup from another computer</source>
        <translation>Restaurar una copia de seguridad de otro equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word about safety</source>
        <translation>Unas palabras sobre seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If someone else may use this computer, or knows your login password, a passphrase is the safer way to open your journal; you&apos;ll choose in a moment. Then your login alone can&apos;t open it.</source>
        <translation>Si otra persona puede usar este equipo, o sabe tu contraseña de inicio de sesión, una frase de contraseña es la forma más segura de abrir tu diario; lo elegirás en un momento. Así, tu inicio de sesión por sí solo no podrá abrirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No app can protect you from monitoring software. If you think someone may be watching this computer, you may prefer a device you trust.</source>
        <translation>Ninguna aplicación puede protegerte de un programa de vigilancia. Si crees que alguien podría estar vigilando este equipo, quizá prefieras usar un dispositivo de tu confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone who looks through the programs on this computer could still notice Threshold, whatever its window is called.</source>
        <translation>Alguien que revise los programas de este equipo podría darse cuenta igualmente de que Threshold está instalado, se llame como se llame su ventana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you are in danger right now, please call your local emergency number first. In the Help menu, “If you are in danger now” lists helplines you can call; it works without the internet.</source>
        <translation>Si ahora mismo estás en peligro, por favor, llama primero al número de emergencias de tu zona. En el menú Ayuda, «Si estás en peligro ahora» reúne líneas de ayuda a las que puedes llamar; funciona sin internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/help_dialogs.py" line="-82"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Command</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide Now</source>
        <translation>Ocultar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a dialog or step back</source>
        <translation>Cerrar un cuadro de diálogo o volver un paso atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button</source>
        <translation>Pulsar el botón que tiene el foco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift pressed three times</source>
        <translation>Mayús pulsada tres veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <location filename="../../app/ui/export/summary_choice.py" line="+38"/>
        <source>Add a s&amp;ummary page before the entries</source>
        <translation>Añadir una página de res&amp;umen antes de las entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a summary page before the entries</source>
        <translation>Añadir una página de resumen antes de las entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary&apos;s first day</source>
        <translation>El primer día del resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary&apos;s last day</source>
        <translation>El último día del resumen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Between</source>
        <translation>Ent&amp;re</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A summary page is drawn in a PDF only.</source>
        <translation>La página de resumen solo se incluye en un PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your moods and energy by week, themes, what pulled at you, contacts and incidents, counted over every entry of these days, not only the ones you share. No entry is quoted.</source>
        <translation>Tus estados de ánimo y tu energía por semana, los temas, lo que te removió, los contactos y los incidentes, contados sobre todas las entradas de esos días, no solo las que compartes. No se cita ninguna entrada.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../../app/ui/settings/sync_tab.py" line="+50"/>
        <source>One journal on two computers</source>
        <translation>Un diario en dos equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold never uses a server. It writes only its own sealed files into a folder you choose, and a sync program you already trust (Syncthing, a cloud folder, or a USB stick you carry) takes them to your other computer. The files&apos; names and sizes say nothing about what you wrote.</source>
        <translation>Threshold nunca usa un servidor. Solo escribe sus propios archivos sellados en una carpeta que tú eliges, y un programa de sincronización en el que ya confías (Syncthing, una carpeta en la nube o una memoria USB que llevas contigo) los lleva a tu otro equipo. Los nombres y tamaños de los archivos no dicen nada de lo que escribiste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To start: choose the folder here. Then, on the other computer, restore a backup of this journal and choose the same folder there.</source>
        <translation>Para empezar: elige aquí la carpeta. Después, en el otro equipo, restaura una copia de seguridad de este diario y elige allí la misma carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use a folder…</source>
        <translation>&amp;Usar una carpeta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a folder</source>
        <translation>Usar una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing &amp;here…</source>
        <translation>De&amp;jar de sincronizar aquí…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop syncing here</source>
        <translation>Dejar de sincronizar aquí</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Syncing through {folder}</source>
        <translation>Sincronizando a través de {folder}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change file(s) written here</source>
        <translation>
            <numerusform>%n archivo de cambios escrito aquí</numerusform>
            <numerusform>%n archivos de cambios escritos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>merged from %n other computer(s)</source>
        <translation>
            <numerusform>cambios recibidos de %n equipo más</numerusform>
            <numerusform>cambios recibidos de %n equipos más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet.</source>
        <translation>Aún sin sincronizar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder your sync program carries</source>
        <translation>La carpeta que lleva tu programa de sincronización</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you typed last isn&apos;t saved yet, so nothing was synced. Your words are still on screen; try again in a moment.</source>
        <translation>Lo último que escribiste aún no está guardado, así que no se ha sincronizado nada. Tus palabras siguen en pantalla; vuelve a intentarlo en un momento.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced: %n entries came in from the other computer.</source>
        <translation>
            <numerusform>Sincronizado: llegó %n entrada del otro equipo.</numerusform>
            <numerusform>Sincronizado: llegaron %n entradas del otro equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced. Nothing new from the other computer.</source>
        <translation>Sincronizado. Nada nuevo del otro equipo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop syncing here?</source>
        <translation>¿Dejar de sincronizar aquí?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer stops writing to the folder and reading from it. Your entries stay here as they are, and the other computer keeps its own. You can use a folder again later.</source>
        <translation>Este equipo dejará de escribir en la carpeta y de leer de ella. Tus entradas se quedan aquí como están, y el otro equipo conserva las suyas. Más adelante puedes volver a usar una carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync is off on this computer.</source>
        <translation>La sincronización está desactivada en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder can&apos;t be reached just now ({reason}). Your writing is safe here, and Threshold tries again by itself.</source>
        <translation>Ahora mismo no se puede acceder a la carpeta ({reason}). Lo que escribes está a salvo aquí, y Threshold volverá a intentarlo por sí solo.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../app/ui/journal/timeline_model.py" line="+190"/>
        <location line="+21"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marked to remember</source>
        <translation>marcada para recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as heavy</source>
        <translation>marcada como difícil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mood {mood} of 5, {word}</source>
        <translation>estado de ánimo {mood} de 5, {word}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../app/ui/journal/timeline_view.py" line="+166"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calendar</source>
        <translation>Mostrar el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Show the filters</source>
        <translation>Mostrar los filtros</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Entries, newest first</source>
        <translation>Entradas, las más recientes primero</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this list</source>
        <translation>Sobre esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters and show every entry</source>
        <translation>Quitar los filtros y mostrar todas las entradas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Filter (on)</source>
        <translation>Filtro (activo)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No entries match these filters. Your other entries are all still here.</source>
        <translation>Ninguna entrada coincide con estos filtros. Todas tus demás entradas siguen aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. When you&apos;re ready, a new entry is one keystroke away: {shortcut}.</source>
        <translation>Aún no hay nada aquí. Cuando quieras, puedes empezar una entrada nueva con una sola combinación de teclas: {shortcut}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/journal/trash_dialog.py" line="+99"/>
        <location line="+66"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Trash status</source>
        <translation>Estado de la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete 1 entry forever?</source>
        <translation>¿Eliminar 1 entrada para siempre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {count} entries forever?</source>
        <translation>¿Eliminar {count} entradas para siempre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be undone. Their text and earlier versions will be gone for good. Entries you still want can be restored first.</source>
        <translation>Esto no se puede deshacer. Su texto y sus versiones anteriores desaparecerán para siempre. Si aún quieres conservar alguna entrada, puedes restaurarla antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entries in the trash</source>
        <translation>Entradas en la papelera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries you move to the trash wait here until you empty it.</source>
        <translation>Las entradas que mueves a la papelera esperan aquí hasta que la vacíes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the selected entries</source>
        <translation>Restaurar las entradas seleccionadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The entry is back in your journal.</source>
        <translation>La entrada ha vuelto a tu diario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries are back in your journal.</source>
        <translation>{count} entradas han vuelto a tu diario.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location line="-164"/>
        <source>Moved to the trash on {day}</source>
        <translation>Movida a la papelera el {day}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/setup/unlock_page.py" line="+169"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open with my computer login</source>
        <translation>Abrir con el inicio de sesión de mi equipo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>To keep your journal safe from guessing, each try that doesn&apos;t match makes the next wait a little longer.</source>
        <translation>Para proteger tu diario de quien intente adivinar la clave, cada intento que no coincide hace que la siguiente espera sea un poco más larga.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can try again in a moment.</source>
        <translation>Puedes volver a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try the computer login again</source>
        <translation>Volver a probar con el inicio de sesión del equipo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with passphrase</source>
        <translation>Abrir con la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;recovery key</source>
        <translation>Usar la &amp;clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery key instead</source>
        <translation>Usar la clave de recuperación en su lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key you kept when you set up Threshold: eight groups of five characters. Capitals, spaces and dashes don&apos;t matter.</source>
        <translation>La clave que guardaste al configurar Threshold: ocho grupos de cinco caracteres. Da igual si usas mayúsculas, espacios o guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;passphrase</source>
        <translation>Volver a la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>WayBackToRemind</name>
    <message>
        <location filename="../../app/ui/doubt/remind_return.py" line="+33"/>
        <source>← &amp;Back to Remind me why</source>
        <translation>← V&amp;olver a Recuérdame por qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to Remind me why</source>
        <translation>Volver a Recuérdame por qué</translation>
    </message>
</context>
<context>
    <name>WhoFilter</name>
    <message>
        <location filename="../../app/ui/doubt/contact_log_parts.py" line="+19"/>
        <source>Show the records of</source>
        <translation>Mostrar los registros de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
</context>
<context>
    <name>_SecretForm</name>
    <message>
        <location filename="../../app/ui/setup/unlock_page.py" line="-268"/>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
</TS>
