<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Csm::CustomerListPanel</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::HandoffPage</name>
    <message numerus="yes">
        <source>Signs in %n day(s)</source>
        <translation>
            <numerusform>Signs in %n day</numerusform>
            <numerusform>Signs in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stakeholder(s)</source>
        <translation>
            <numerusform>Remove %n stakeholder</numerusform>
            <numerusform>Remove %n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::MainWindow</name>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>Added %n sample customer.</numerusform>
            <numerusform>Added %n sample customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
