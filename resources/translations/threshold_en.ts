<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n contacts.</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents.</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are marked heavy: counted here, never quoted.</source>
        <translation>
            <numerusform>%n of them is marked heavy: counted here, never quoted.</numerusform>
            <numerusform>%n of them are marked heavy: counted here, never quoted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessHistorySettings</name>
    <message numerus="yes">
        <source>%n line(s) could not be read: changed by someone&apos;s hand, or sealed to a key this journal no longer has (after its key file was restored).</source>
        <translation>
            <numerusform>%n line could not be read: changed by someone&apos;s hand, or sealed to a key this journal no longer has (after its key file was restored).</numerusform>
            <numerusform>%n lines could not be read: changed by someone&apos;s hand, or sealed to a key this journal no longer has (after its key file was restored).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message numerus="yes">
        <source>Imported %n prompts from “{name}”.</source>
        <translation>
            <numerusform>Imported %n prompt from “{name}”.</numerusform>
            <numerusform>Imported %n prompts from “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message numerus="yes">
        <source>%n change file(s) written here</source>
        <translation>
            <numerusform>%n change file written here</numerusform>
            <numerusform>%n change files written here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged from %n other computer(s)</source>
        <translation>
            <numerusform>merged from %n other computer</numerusform>
            <numerusform>merged from %n other computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n entries came in from the other computer.</source>
        <translation>
            <numerusform>Synced: %n entry came in from the other computer.</numerusform>
            <numerusform>Synced: %n entries came in from the other computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
