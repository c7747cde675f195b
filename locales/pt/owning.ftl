## Assumir o que você fez: para quem fez. Dar nome sem diminuir, entender o porquê sem
## transformar em desculpa, a necessidade por trás, o que dizer ao seu par, encerrar
## o contato de fora, contar antes de ser perguntado, e um check-in diário.

owning-title = Assumir o que você fez
owning-summary = Para quem cruzou a linha: dar nome, contar ao seu par e reparar.
owning-recap = Você estava no meio de assumir o que aconteceu.
owning-recap-safety = Você estava respondendo a uma pergunta sobre a sua própria segurança.
owning-recap-name = Você estava dando nome ao que aconteceu, sem rodeios.
owning-recap-explain = A seguir vinha a diferença entre explicar e arranjar desculpas.
owning-recap-need = Você estava olhando para a necessidade que isso pode ter atendido.
owning-recap-ack = Você estava montando o que dizer ao seu par.
owning-recap-ack-ready = Suas palavras para o seu par estavam prontas.
owning-recap-undo = Você estava vendo as respostas que desfazem um reconhecimento.
owning-recap-moment = A seguir vinha como dizer.
owning-recap-contact = Você estava vendo como encerrar o contato de fora.
owning-recap-openness = A seguir vinha contar as coisas antes que perguntem.
owning-recap-checkin = A seguir vinha o check-in diário.

## Rótulo do caminho até aqui a partir de outras conversas
next-owning = Assumir o que eu fiz

owning-intro =
    Esta conversa é para você, se foi você quem fez.

    Sou uma ferramenta automática de autoajuda: aqui não tem julgamento nem veredito, nem sobre você nem sobre a sua relação. Vamos por partes: dar nome ao que aconteceu, entender por que sem transformar isso em desculpa, o que dizer ao seu par, encerrar o contato de fora e contar as coisas antes que perguntem.

    Você pode parar quando quiser e voltar depois.
owning-begin = Vamos começar

## A segurança, antes de tudo

owning-q-safety =
    Primeiro, uma pergunta sobre você.

    Você tem medo do seu par, ou seu par controla a sua vida? Por exemplo: ameaças, empurrões, mexer no seu celular, afastar você das pessoas ou controlar o seu dinheiro.

    Se for o caso, contar mais pode deixar você menos em segurança, e esta conversa vai colocar a sua segurança em primeiro lugar.
owning-safety-plan =
    Quando existe medo do seu par, uma confissão, ou abrir o celular e a sua rotina, pode ser usada contra você. Por isso não vou ajudar a escrever uma aqui.

    Um serviço de apoio a vítimas de violência doméstica pode ajudar você a ver o que é seguro, inclusive se vale a pena dizer alguma coisa, e quando e como. É sigiloso, e também é para você, mesmo que tenha sido você a cruzar uma linha.
owning-safety-known = Você me contou antes que medo ou controle fazem parte do que está acontecendo. Estou levando isso em conta aqui.
owning-read-on = Continuar pensando por conta própria

## 1. Dar nome sem diminuir

owning-q-shrink =
    Comece dando nome ao que aconteceu, só para você, com palavras simples. Nem a versão mais dura nem a mais leve: a verdadeira.

    Palavrinhas como "só", "apenas" ou "não foi nada" costumam encolher a coisa. Você já se pegou pensando alguma destas?
owning-shrink-just-talking-btn = "A gente só conversava"
owning-shrink-never-touched-btn = "Não rolou nada físico"
owning-shrink-never-said-btn = "Nunca combinamos que eu não podia"
owning-shrink-attention-btn = "Eu só gostava da atenção"
owning-shrink-everyone-btn = "Todo mundo faz isso"
owning-shrink-none-btn = Nenhuma destas

owning-shrink-just-talking = Conversa pode carregar muita coisa: atenção, intimidade, a sensação de despertar desejo. Se levou tempo e carinho que você escondeu do seu par, não era "só" conversa.
owning-shrink-never-touched = Pode ser verdade, e mesmo assim não é essa a medida. O que dói é para onde foram sua atenção, sua abertura e seu desejo, e seu par não saber onde pisava.
owning-shrink-never-said = Muitos limites nunca são ditos em voz alta. Mas, se você não falou nada porque sabia que ia incomodar seu par, você já sabia onde estava a linha.
owning-shrink-attention = Gostar que reparem em você é humano. Manter essa porta aberta às escondidas ainda diz algo, a você e aos outros: que você está disponível.
owning-shrink-everyone = Outras pessoas fazerem o mesmo não muda o que isso significou entre vocês, com o que vocês davam como certo.
owning-shrink-none = Bom. Chamar as coisas pelo nome é a base de tudo o que vem depois.
owning-name-plain =
    Dar nome sem rodeios é dizer o que você fez, por quanto tempo e o que escondeu. Por exemplo: "Há meses troco mensagens quase toda noite com alguém que me atrai, e escondo isso de você."

    Não se condene: basta o que aconteceu.

## 2. Explicar não é se desculpar

owning-explain =
    Explicar não é arranjar desculpas.

    Uma explicação diz por que aconteceu e mantém a responsabilidade com você. Uma desculpa usa o porquê para passar a responsabilidade para outra pessoa ou outra coisa.

    Desculpa: "Só fiz isso porque você andava tão distante."
    Explicação: "Eu vinha me sentindo longe de nós, e em vez de te falar, fui buscar proximidade em outro lugar. Essa escolha foi minha."

    O porquê importa, e ele vem agora. Só que a responsabilidade continua sendo sua.

## 3. Que necessidade isso atendia

owning-q-need =
    Que necessidade isso pode ter atendido?

    Perguntar não é procurar desculpa: é o jeito de descobrir o que precisa mudar. Escolha o que mais se aproxima. É uma pergunta para olhar, não um diagnóstico.
owning-need-validation-btn = Sentir que alguém me deseja
owning-need-options-btn = Deixar uma porta aberta
owning-need-missing-btn = Algo que falta entre nós
owning-need-novelty-btn = A faísca do novo
owning-need-habit-btn = Um hábito que nunca questionei
owning-need-unsure-btn = Ainda não sei

owning-need-validation =
    Sentir que alguém deseja você, que você atrai, que interessa

    É uma necessidade humana, e nenhuma relação consegue ser a única fonte dela. Mas atender essa necessidade às escondidas, com alguém que atrai você, mostra que tem algo sem ser olhado: como você se vê, ou algo que você não pediu em casa.

    O trabalho é encontrar jeitos de sentir o seu valor que você não precise esconder.
owning-need-options =
    Deixar uma porta aberta

    Para algumas pessoas, uma conexão de fora é uma rede de segurança: se isto falhar, tem outra coisa. Quase nunca parece um plano, e pode conviver com um amor de verdade; às vezes é um jeito antigo de manter a intimidade a uma distância suportável.

    Se for o seu caso, cortar o contato é só metade. A pergunta honesta é o que você quer e pode oferecer a esta relação.
owning-need-missing =
    Algo que falta entre vocês

    Proximidade, sentir que entendem você, que escolhem você: quando isso falta, uma conexão de fora pode preencher o vazio. Isso não torna nada aceitável, mas mostra onde está o trabalho de verdade.

    Se for o seu caso, o comportamento era um sintoma. Encerrá-lo não fecha o vazio sozinho: isso precisa ser dito ao seu par, não a outra pessoa, quando a dor tiver tido espaço.
owning-need-novelty =
    A faísca do novo

    Relações longas perdem a intensidade da atração do começo, e sentir falta disso é comum. O que importa é o que você faz com essa vontade: trazer para a conversa, inclusive falando com sinceridade sobre a vida a dois, ou buscar isso numa conexão mantida em segredo.
owning-need-habit =
    Um hábito antigo

    Um jeito paquerador de trocar mensagens, ou manter por perto pessoas que atraem você, pode ter começado muito antes desta relação e nunca mais ter sido olhado. Talvez nem tenha parecido uma escolha, e é justamente por isso que vale olhar agora, pensando no que significa para o seu par.
owning-need-unsure =
    Ainda não saber é uma resposta honesta

    Por dentro, é difícil enxergar. Acompanhamento profissional, individual ou de casal, pode ajudar você a encontrar a resposta verdadeira, e não a mais confortável.

    Seja o que for, é um motivo, não uma licença.
owning-need-another = Olhar outra

## 4. O que dizer

owning-q-what =
    Agora, o que você diria ao seu par. Vamos montar em três partes curtas, como um reconhecimento, não como uma defesa.

    Primeiro: o que você fez? Escolha o mais próximo ou diga com suas palavras.
owning-my-words = Vou dizer com minhas palavras
owning-pick-instead = Prefiro escolher da lista
owning-q-what-typed =
    Escreva o que você fez do jeito que diria ao seu par, com clareza e na primeira pessoa. Por exemplo: Tenho trocado mensagens com meu ex quase toda noite.

    Uma frase basta. Só guardo isso até esta conversa terminar.

## Fragmentos (a primeira frase do reconhecimento, na primeira pessoa)
owning-what-texting = Troco muitas mensagens com alguém, e isso ficou mais íntimo do que deixei você ver
owning-what-ex-online = Tenho acompanhado de perto, nas redes, a vida de alguém com quem já namorei
owning-what-secret-ex = Tenho mantido contato com alguém com quem já namorei, e não te contei
owning-what-dating-app = Mantive um perfil num aplicativo de encontros enquanto estava com você
owning-what-flirting = Tenho flertado com uma pessoa, de um jeito que passou da amizade
owning-what-hidden-accounts = Tenho usado uma conta ou um chat que você não conhecia, e apagado mensagens
owning-what-coworker = Deixei a proximidade com uma pessoa do trabalho virar mais do que deveria
owning-what-intimate-sharing = Tenho contado a outra pessoa coisas íntimas que eu não tinha contado a você
owning-what-sexting = Tenho mandado mensagens sexuais para outra pessoa
owning-what-secret-plans = Fiz planos de encontrar uma pessoa e escondi isso de você
owning-what-fallback = Fiz uma coisa que cruzou uma linha entre nós

owning-q-own =
    Segundo: pelo que você assume a responsabilidade? Não só pelo ato, mas pela parte que mais dói.
owning-own-hid-btn = Por ter escondido
owning-own-agreement-btn = Por ir contra o que tínhamos combinado
owning-own-closeness-btn = Por dar a outra pessoa uma intimidade que era nossa
owning-own-kept-on-btn = Por continuar sabendo que ia doer
owning-q-own-typed = Com suas palavras, pelo que você assume a responsabilidade? Comece por "eu", por exemplo: Eu menti quando você perguntou.

owning-own-hid = Escondi isso de você, porque sabia que ia te incomodar
owning-own-agreement = Fui contra o que tínhamos combinado, ou o que eu sabia que você esperava
owning-own-closeness = Dei a outra pessoa uma atenção e uma intimidade que eram nossas
owning-own-kept-on = Continuei mesmo sabendo que ia te machucar
owning-own-fallback = Não falei a verdade para você

owning-q-offer =
    Terceiro: o que você oferece agora? Só o que você pretende mesmo cumprir.
owning-offer-ending-btn = Vou encerrar o contato
owning-offer-questions-btn = Você pode me perguntar tudo
owning-offer-why-btn = Vou trabalhar no porquê
owning-offer-time-btn = Não vou te apressar
owning-q-offer-typed = Com suas palavras, o que você oferece? Algo que você vai mesmo fazer, por exemplo: Vou te avisar toda vez que essa pessoa me procurar.

owning-offer-ending = Vou encerrar o contato, e vou te contar quando e como fiz isso
owning-offer-questions = Pode me perguntar tudo, quantas vezes quiser, e vou responder com sinceridade
owning-offer-why = Quero entender por que fiz isso e te contar, sem usar isso como desculpa
owning-offer-time = Não vou te apressar nem esperar que você supere isso no meu tempo
owning-offer-fallback = Vou fazer o que puder para consertar isso, no seu ritmo

## O reconhecimento

owning-ack-intro = Esse é um jeito de dizer, montado com as suas respostas. Troque qualquer palavra para que soe como você.
owning-ack = “Preciso te contar uma coisa, sem rodeios. { $what }. { $own }. A responsabilidade é minha, não sua. { $offer }. Não te peço nada. Quero ouvir como isso está sendo para você, quando quiser.”
owning-ack-whole =
    O mesmo, com suas palavras completas:
    { $ack }
owning-ack-after = Repare no que ficou de fora: nenhum "mas", nenhum "não foi nada", nenhum motivo antes dos fatos.
owning-ack-next = Próximo: as respostas que desfazem isso
owning-ack-redo = Mudar minhas respostas

owning-undo =
    Depois que você diz, algumas respostas desfazem tudo sem você perceber. Aqui estão, ao lado das que ajudam.

    ✗ “Não foi nada.”
    ✓ “Dá para ver que para você não foi pouca coisa, e isso importa para mim.”

    ✗ “Você está exagerando.”
    ✓ “Faz sentido você reagir assim. Me conta o que está sendo mais difícil.”

    ✗ “Você mexeu no meu celular.”
    ✓ “Eu queria que você tivesse sabido por mim. Isso é responsabilidade minha.”
    Como a coisa veio à tona pode ser conversado outro dia, separadamente. Hoje isso só viraria a conversa contra o seu par.
owning-undo-more-btn = Mostrar mais algumas
owning-undo-more =
    ✗ “A gente nem se tocou.”
    ✓ “Não rolou nada físico, e mesmo assim foi para um lugar onde não devia ir. Entendo que isso doa.”

    ✗ “A gente nunca combinou que eu não podia.”
    ✓ “Nunca dissemos em voz alta, mas eu sabia que ia te incomodar. Por isso não contei.”

    ✗ “Eu já pedi desculpas. Dá para seguir em frente?”
    ✓ “Leve o tempo que precisar. Não vou a lugar nenhum, e vou continuar respondendo.”

owning-moment =
    Na hora de dizer

    • Escolha um momento calmo e reservado, com tempo para conversar. Pessoalmente ou por voz, não por mensagem.
    • Conte tudo de uma vez. Quando a verdade sai aos pedaços, cada pedaço novo reabre a ferida.
    • Depois, pare e escute. Não peça perdão na mesma conversa.
    • Espere raiva, choro ou silêncio, e espere que as mesmas perguntas voltem mais tarde. Isso faz parte; não é um fracasso.
    • Se o seu par precisar de tempo ou de distância, respeite.

## 5. Encerrar o contato de fora com clareza

owning-q-contact =
    Encerrar o contato de fora com clareza.

    Como isso está agora?
owning-contact-ended-btn = Já acabou
owning-contact-still-btn = Ainda estamos em contato
owning-contact-unavoidable-btn = Não dá para evitar (trabalho, amigos)
owning-contact-reaching-btn = Continua me procurando

owning-contact-ended = Então conte ao seu par, por iniciativa própria, que acabou e como acabou, sem esperar a pergunta. Se a outra pessoa voltar a procurar você, conte no mesmo dia.
owning-contact-still =
    Um fim limpo é curto e claro: uma mensagem, sem longas explicações, sem "quem sabe um dia", sem um último encontro de despedida. Algo como: "Vou encerrar o nosso contato. Por favor, não me procure mais."

    Depois, conte ao seu par que está feito, e como.
owning-contact-unavoidable = Quando não dá para evitar a pessoa, no trabalho ou entre amigos em comum, limite o contato ao que a situação pede, às claras. Conte ao seu par o contato que acontecer, em vez de deixar que descubra, e decidam juntos como isso vai ser, não você por conta própria.
owning-contact-reaching = Responda uma vez com um não claro, e depois não responda mais. Conte ao seu par cada vez que acontecer, no mesmo dia, com suas palavras. Esconder agora até uma mensagem inofensiva pode desfazer semanas de esforço constante.
owning-contact-letting-go = Se está difícil largar, fale disso com sinceridade, com um amigo ou um profissional, em vez de voltar para uma última conversa.

## 6. Contar antes que perguntem

owning-openness =
    Conte antes que perguntem

    Não espere que seu par precise investigar. Puxe você os assuntos: uma mensagem da pessoa de fora, um plano que mudou, qualquer coisa que de fora possa parecer confusa. E quando seu par precisar ouvir de novo, responda de novo, sem suspirar.

    Mantenha isso por mais tempo do que é confortável: meses, não semanas. Fica mais leve mais devagar do que você gostaria.

    Isso é algo que você oferece, não vigilância. Quer dizer contar e responder com sinceridade; não quer dizer ter a sua localização rastreada, nem seu par ter que ficar de guarda. Se checar começar a tomar o lugar de conversar, para qualquer um dos dois, conversem sobre isso, com um profissional se ajudar.

## 7. O check-in diário

owning-checkin =
    Um check-in diário curto pode ajudar você a manter o rumo.

    No horário que você escolher, faço três perguntas rápidas com botões: como foi o dia, se você contou as coisas antes que perguntassem e o que poderia ajudar amanhã. Nunca vira nota nem sequência, e pular um dia não tem problema.

    O aviso nunca diz do que se trata, caso outra pessoa veja a sua tela.
owning-set-checkin = Configurar meu check-in diário
owning-checkin-later = Agora não, continuar

## O fim

owning-end = Assumir não é uma conversa só: é o que você faz nos dias comuns que vêm depois, por um bom tempo. Ficar ou ir embora é uma decisão do seu par, e as duas escolhas são válidas. Para onde você quer ir agora?
owning-end-safety = Sua segurança vem primeiro. Com medo ou controle no meio, uma confissão ou mais transparência não são o ponto de partida. Um serviço de apoio pode ajudar você a ver o que é seguro: os recursos de segurança estão abaixo, e o /sos mostra eles a qualquer momento.
