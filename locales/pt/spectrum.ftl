## Onde um comportamento se encaixa: de claramente dentro dos limites, passando pela zona
## cinzenta, até claramente inaceitável para a maioria dos casais. As perguntas falam de
## "quem faz" e do "par" de quem faz, para servir a qualquer um dos lados.

spectrum-title = Onde esse comportamento se encaixa?
spectrum-summary = Um comportamento está ok, na zona cinzenta ou passa do limite para a maioria?
spectrum-recap = Você estava no meio da avaliação de onde um comportamento se encaixa.
spectrum-recap-role = Você ia dizer de quem é o comportamento que estamos olhando.
spectrum-recap-what = Você estava escolhendo o comportamento para olhar.
spectrum-recap-more = Você estava dizendo se outras coisas pequenas vêm junto.
spectrum-recap-hidden = A seguir vinha se isso é escondido do par.
spectrum-recap-discomfort = A seguir vinha se mostrar a conversa ao par causaria desconforto.
spectrum-recap-function = A seguir vinha se isso dá algo que está faltando na relação.
spectrum-recap-agreement = A última pergunta era se isso está de acordo com o que vocês combinaram.

spectrum-intro =
    Algumas coisas estão claramente tranquilas, outras claramente não, e muita coisa fica no meio do caminho.

    Esta avaliação olha para um comportamento e vê onde ele fica: claramente dentro dos limites, na zona cinzenta ou claramente inaceitável para a maioria dos casais. Você escolhe o comportamento (e qualquer coisa pequena que venha junto), responde a quatro perguntas curtas, e eu mostro onde ele cai e por quê. Três coisas pesam mais: se é escondido porque o par não aceitaria, se dá algo que está faltando na relação e se passa do que vocês combinaram.

    É uma posição, não um veredito. Muito depende do que você e seu par combinaram, e isso você sabe melhor do que eu.
spectrum-begin = Vamos começar

spectrum-q-role =
    De quem é o comportamento que estamos olhando?

    Faço as mesmas perguntas de qualquer forma. Elas falam de “quem faz” e do “par” de quem faz, então servem para qualquer lado em que você esteja.
spectrum-role-doing = Meu: sou eu quem faz
spectrum-role-noticing = Do meu par: eu percebi
spectrum-role-wondering = De ninguém, ou prefiro não dizer

spectrum-q-topic = Sobre o que é? Escolha a área mais próxima e eu mostro alguns exemplos.
spectrum-topic-attraction = Atração, flerte e atenção
spectrum-topic-people = Amizades, trabalho e desabafos
spectrum-topic-exes = Ex
spectrum-topic-messages = Mensagens, conversas e contas

spectrum-q-what = Qual destes chega mais perto? Se nenhum servir, escolha “Outra coisa” e descreva com suas palavras.
spectrum-q-what-other = Em uma frase, qual é o comportamento? Guardo suas palavras só até o fim desta avaliação. Você também pode pular e responder às perguntas pensando nele.

spectrum-behaviour-celebrity = Paixonite por uma celebridade
spectrum-behaviour-noticing = Achar alguém atraente
spectrum-behaviour-attention = Gostar de receber atenção de outras pessoas
spectrum-behaviour-unmet-friends = Amizades que o par não conhece
spectrum-behaviour-ex-friend-open = Amizade com ex, e o par sabe
spectrum-behaviour-complaining = Desabafar sobre a relação com alguém com quem rola um clima
spectrum-behaviour-basically-single = Dizer que “é complicado” ou que a relação “quase nem existe” a alguém com quem rola um clima
spectrum-behaviour-uncomfortable-chats = Conversas que dariam desconforto se o par visse

spectrum-q-more = Isso vem junto com outras coisas pequenas? Cada uma pode parecer pouca coisa sozinha, mas coisas pequenas se somam. Se alguma destas vem junto, escolha.
spectrum-q-more-2 = Mais alguma? Escolha outra, ou “Só isso”.
spectrum-more-none = Não, é só isso
spectrum-more-done = Só isso
spectrum-q-hidden = Primeiro: o par sabe disso?
spectrum-hidden-open = Sim, o par sabe
spectrum-hidden-private = É privado, mas nada é escondido
spectrum-hidden-partly = Sabe de uma parte, mas não de tudo
spectrum-hidden-hidden = Não, é escondido de propósito
spectrum-hidden-unsure = Não tenho certeza

spectrum-q-discomfort = Agora imagine o par lendo essas mensagens ou ouvindo essa conversa, exatamente como ela é. Quem faz sentiria desconforto com isso?
spectrum-discomfort-no = Não, daria para mostrar como está
spectrum-discomfort-somewhat = Um pouco, em algumas partes
spectrum-discomfort-yes = Sim, daria desconforto
spectrum-discomfort-nothing = Não há nada assim para mostrar
spectrum-discomfort-unsure = Não sei dizer

spectrum-q-function = Isso dá a quem faz algo romântico ou emocional que está faltando na relação? Por exemplo: despertar desejo, encontrar compreensão ou sentir empolgação.
spectrum-function-no = Não, não tem a ver com isso
spectrum-function-some = Talvez um pouco
spectrum-function-yes = Sim, parece preencher um vazio
spectrum-function-unsure = Não sei

spectrum-q-agreement = Última pergunta. Isso está de acordo com o que vocês combinaram, seja em voz alta ou de forma subentendida?
spectrum-agreement-ok = Combinamos que tudo bem
spectrum-agreement-not = Combinamos que não pode
spectrum-agreement-never = Nunca conversamos sobre isso
spectrum-agreement-unsure = Não sei bem o que combinamos

## A posição

spectrum-placement-about = Você perguntou sobre: { $behaviour }
spectrum-placement-about-own = Você perguntou sobre, com suas palavras: “{ $behaviour }”
spectrum-placement-about-unnamed = Você perguntou sobre um comportamento que tem em mente.
spectrum-placement-with = Junto com: { $behaviours }.

spectrum-level-within = Onde fica: claramente dentro dos limites. Isso é uma parte comum da vida, e uma relação saudável tem espaço para isso.
spectrum-level-within-agreed = Onde fica: dentro dos limites para vocês. Por si só, isso estaria na zona cinzenta, mas está às claras e vocês combinaram que tudo bem. Esse combinado é o que conta aqui.
spectrum-level-gray = Onde fica: na zona cinzenta. É o meio-termo, onde mora a maior parte das dificuldades reais entre casais. Por si só, não prova nada, mas vale conversar sobre isso.
spectrum-level-objectionable = Onde fica: claramente inaceitável para a maioria dos casais. Isso não é um julgamento sobre o caráter de ninguém nem sobre a relação. Quer dizer que a maioria das pessoas se sentiria magoada ou enganada se descobrisse.

spectrum-reasons =
    O que levou a essa posição:
    { $reasons }

spectrum-base-within = • Por si só, isso é comum. Pessoas em boas relações continuam tendo vida interior e amizades próprias, e continuam reparando em outras pessoas.
spectrum-base-gray = • Por si só, isso fica no meio. Pode ser inofensivo ou não, dependendo de como é feito e para quê.
spectrum-base-other = • Não tenho como saber exatamente o que é, então comecei pelo meio-termo e deixei as suas respostas moverem a posição.
spectrum-base-objectionable = • Por si só, isso é algo que a maioria das pessoas numa relação não aceitaria, mesmo quando não acontece nada físico.

spectrum-about-dating-app = • Um perfil em app de namoro serve basicamente para uma coisa: manter alguém visível como disponível. Dizer que é só para levantar a autoestima não muda o que ele comunica aos outros.
spectrum-about-hidden-accounts = • Uma conta escondida ou uma conversa apagada não se escondem sozinhas. Isso exige esforço constante, e esse esforço diz alguma coisa.
spectrum-about-coworker = • A proximidade no trabalho cresce com facilidade. Ela entra na zona cinzenta quando começa a pesar mais do que a proximidade em casa, ou quando carrega um clima que ninguém nomeia.
spectrum-about-flirting = • Tratar as pessoas com simpatia não é o mesmo que flertar. Uma pergunta útil: quem faz agiria do mesmo jeito com o par bem ali do lado?

spectrum-reason-open = • O par sabe disso. Transparência conta muito.
spectrum-reason-private = • Não está escondido, só o assunto não surgiu. Não relatar cada pensamento passageiro é normal; ter uma vida interior não é ter um segredo.
spectrum-reason-partly = • Uma parte disso fica sem ser dita. Vale perguntar qual parte, e por que justo essa.
spectrum-reason-hidden = • Isso é escondido do par de propósito. Esconder dá trabalho, e esse trabalho já é um sinal: as pessoas raramente se esforçam para esconder o que acham inofensivo.
spectrum-reason-hidden-unsure = • Você não tem certeza se isso é escondido do par. Vale descobrir perguntando abertamente, não vigiando.
spectrum-reason-comfortable = • A conversa poderia ser mostrada como está. Normalmente, é um bom sinal.
spectrum-reason-somewhat = • Algumas partes seriam constrangedoras de mostrar. Vale escutar esse incômodo, sem tirar conclusões precipitadas.
spectrum-reason-uncomfortable = • Quem faz sentiria desconforto se o par visse a conversa. Esse desconforto costuma ter um motivo.
spectrum-reason-discomfort-unsure = • Você não sabe dizer se mostrar a conversa daria desconforto. Se é você quem faz, essa é uma pergunta que só você pode responder com honestidade.
spectrum-reason-function-some = • Talvez preencha um pequeno vazio na relação. Só isso não muda a posição, mas vale notar, com delicadeza.
spectrum-reason-function-yes = • Parece dar algo romântico ou emocional que está faltando na relação. Isso não resolve nada por si só, mas é um dos sinais mais claros de que algo passou do comum, e pode apontar para uma necessidade que a relação não atendeu.
spectrum-reason-several = • Não vem sozinho: outras coisas pequenas vêm junto. Cada uma pode parecer pouca coisa, mas juntas formam um padrão, e um padrão diz mais do que qualquer uma delas.
spectrum-reason-agreed-ok = • Vocês combinaram que tudo bem.
spectrum-reason-agreed-not = • Isso vai contra algo que vocês combinaram. Independentemente do que outros casais fazem, o combinado de vocês é o que vale entre vocês.
spectrum-reason-never-talked = • Vocês nunca conversaram sobre isso. Muitos casais vivem com regras que nunca disseram em voz alta, e descobrem tarde que não eram as mesmas regras.
spectrum-reason-agreement-unsure = • Você não tem certeza do que combinaram. Isso é muito comum, e é um bom motivo para uma conversa calma sobre o assunto.
spectrum-reason-ex-hidden = • Uma amizade com ex não é um problema em si. O que muda tudo é esconder: significa que uma pessoa decidiu sozinha que estava tudo bem, em vez de conversar sobre isso.
spectrum-reason-unspoken-hidden = • “A gente nunca disse que não podia” é uma desculpa frágil quando algo está sendo escondido. O fato de esconder sugere que quem faz já imagina que o par se incomodaria.

spectrum-own-agreement = Onde fica: a maioria dos casais acharia isso inaceitável, mas você diz que está às claras e que vocês combinaram que tudo bem. Um combinado honesto entre vocês vale mais do que a escolha da maioria. Vale conferir de vez em quando se isso continua bem para os dois lados.
spectrum-policing-noticing = Se você tem sentido vontade de ficar de olho em coisas assim, seja gentil com você nisso. Essa vontade costuma vir da ansiedade, ou às vezes de uma necessidade de sentir que tem o controle, mais do que de algo errado que seu par tenha feito. Isso não faz de você uma pessoa ruim na relação. Pode querer dizer que uma preocupação merece um cuidado próprio, e dizer com calma o que incomoda você provavelmente vai ajudar mais do que ficar vigiando.
spectrum-three-part =
    Três sinais pesam mais para ver onde algo fica: é escondido porque o par não aceitaria; dá algo romântico ou emocional que está faltando na relação; envolve uma proximidade que passa do que vocês combinaram. Cada um que se confirma leva o comportamento um passo adiante. { $met ->
        [0] Nas suas respostas, nenhum dos três aparece com clareza.
        [1] Nas suas respostas, um dos três aparece.
        [2] Nas suas respostas, dois dos três aparecem.
       *[3] Nas suas respostas, os três aparecem.
    }
spectrum-agreements-decide = Cada casal define as próprias regras, e elas variam de verdade: uma amizade com flerte não tem problema para um casal e é um limite claro para outro. Isto mostra onde a maioria dos casais colocaria isso; no seu caso, quem decide é o combinado de vocês.

spectrum-placement-more = Se quiser, você pode ler um pouco mais abaixo: por que coisas assim acontecem, se é um sintoma ou a questão em si, e um ciclo em que alguns casais ficam presos. Ou escolha para onde ir a seguir.

## As reflexões, todas opcionais

spectrum-read-why = Por que isso pode acontecer?
spectrum-read-symptom = Sintoma, ou a questão em si?
spectrum-read-cycle = Um ciclo em que alguns casais caem
spectrum-why =
    Por que coisas assim acontecem

    Entender o porquê não é o mesmo que desculpar. Ajuda porque o motivo aponta para o que de fato mudaria as coisas. Alguns motivos comuns, e muitas vezes mais de um vale ao mesmo tempo:

spectrum-why-more =
    • Vontade de receber atenção. Despertar interesse em alguém novo e sentir-se atraente ou especial exerce uma atração forte, principalmente quando essa sensação esfriou em casa. Não é necessariamente sinal de que a relação está fracassando; algumas pessoas se apoiam na aprovação de fora para sentir que têm valor, e ainda não encontraram um jeito mais estável de conseguir isso.
    • Deixar uma porta aberta. Quem tem dúvidas sobre a relação, ou medo de perder a liberdade, pode se agarrar a outras ligações como uma espécie de reserva. Raramente é algo planejado. É mais um jeito de acalmar o medo, e pode conviver com um amor verdadeiro, o que é parte do motivo de ser tão confuso.
    • Algo faltando em casa. Quando a proximidade, a compreensão ou a sensação de ser a escolha da outra pessoa esfriaram, uma ligação de fora pode ocupar esse espaço. Isso torna a situação compreensível, não aceitável, e aponta para uma conversa que ainda não aconteceu.

spectrum-why-more-2 =
    • Vontade de novidade. A empolgação do começo diminui em relações longas, e sentir falta disso é humano. O que importa é se isso é conversado abertamente, ou buscado em segredo.
    • Hábitos antigos. Às vezes, um jeito de conversar com flerte, ou contatos mantidos de antes, simplesmente nunca foram revistos depois do compromisso. Nenhum plano, só falta de perceber o que isso significa agora.

spectrum-symptom =
    Sintoma, ou a questão em si?

    Às vezes, um comportamento assim é sinal de outra coisa: uma infelicidade que ninguém nomeou, necessidades que nunca foram ditas, ou dúvidas sobre a relação que não foram encaradas. Aí, parar com o comportamento não resolve muito.

spectrum-symptom-more =
    As conversas acabam, a distância em casa continua e, pouco depois, outra coisa ocupa o vazio. O trabalho de verdade está naquilo para onde ele apontava.

    Outras vezes, o comportamento é a própria questão. Nada em particular está errado em casa; a pessoa simplesmente não se comprometeu por inteiro com a relação ou com as regras dela. Aí a conversa é outra, sobre valores e compromisso: o que essa pessoa está de fato disposta a dar.

    De dentro de uma relação, é difícil distinguir uma coisa da outra. A terapia de casal muitas vezes ajuda as duas pessoas a ver com qual delas estão lidando.

spectrum-cycle =
    Um ciclo em que alguns casais caem

    Isso não é um diagnóstico sobre você nem sobre ninguém. É um padrão que alguns casais reconhecem, às vezes chamado de ciclo ansioso-evitativo, e pode ou não se encaixar no seu caso.

spectrum-cycle-more =
    Algumas pessoas acham difícil a proximidade total e se sentem mais seguras com um pouco de distância. Podem manter pequenas ligações de fora como um amortecedor, normalmente sem decidir isso. Outras pessoas ficam muito atentas a qualquer sinal de que vão ser deixadas, e podem notar essas ligações cedo e reagir com força.

    Quando duas pessoas assim estão numa relação, pode se formar um ciclo. Uma mantém certa distância; a outra percebe e se alarma; quando o assunto surge, a primeira fica na defensiva ou se afasta; a segunda pressiona mais; nada se resolve, e tudo recomeça.

    Se é você quem percebe: você pode estar vendo algo real, ou a preocupação pode estar enxergando perigo em coisas comuns. As duas coisas acontecem, e de dentro elas podem parecer exatamente iguais. Por isso ajuda checar com delicadeza: perguntar abertamente, com curiosidade em vez de acusação, e nunca vigiando. Enxergar o ciclo pelo que ele é pode ser o que permite a um casal sair dele.
